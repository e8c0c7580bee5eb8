package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The units as a hierarchy: HR keeps them, the PPK reads all, a unit head their units and sub-units. */
@ApiController("/api/units")
class UnitApi extends OrganisationApiSupport {

    private final UnitAdministration units;

    UnitApi(UnitAdministration units, MessageSource messages) {
        super(messages);
        this.units = units;
    }

    @GetMapping
    List<UnitSummary> list(@AuthenticationPrincipal Actor actor) {
        return units.units(actor);
    }

    @GetMapping("/{code}")
    UnitDetails one(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
        return units.unit(actor, code).orElseThrow(() -> NotFound.unit(code));
    }

    @PostMapping
    ResponseEntity<UnitDetails> create(@AuthenticationPrincipal Actor actor, @RequestBody UnitAdministration.NewUnit body) {
        UnitDetails created = units.create(actor, body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
                .buildAndExpand(created.code()).toUri()).body(created);
    }

    /** Renames, changes the zone of, or moves a unit; send the version read to be warned of a conflict. */
    @PutMapping("/{code}")
    UnitDetails update(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                       @RequestBody UnitAdministration.UnitChange body) {
        return units.update(actor, code, body);
    }

    @PutMapping("/{code}/head")
    UnitDetails head(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestBody Head body) {
        return units.appointHead(actor, code, body.nip());
    }

    record Head(String nip) {
    }
}
