package id.fleksi.planning;

import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A unit's alternating groups over the API ({@code /api/units/{code}/groups}): the PPK, HR and the unit's heads read
 * them with the unit's office presence over the cycle (LAYANAN_MINIMUM warnings, Pasal 27); the unit's heads create,
 * change and delete them and set their members (LOKASI_MAKS_HARI, Pasal 13 ayat (1), refuses more home days a week
 * than the cap). {@code GET /api/me/group-week?week=} gives the employee their group's week, from which their
 * weekly plan starts.
 */
@ApiController("/api")
class UnitGroupsApi {

    private final UnitGroups groups;

    UnitGroupsApi(UnitGroups groups) {
        this.groups = groups;
    }

    /** The unit's groups, its presence per weekday of each week of the cycle and the days below the minimum. */
    record Listing(String unitCode, String unitName, boolean mayManage, List<UnitGroups.Group> groups,
                   UnitGroups.Presence presence, List<Warning> warnings) {
    }

    /** A day of the cycle on which the unit's office presence would fall below the PPK's minimum. */
    record Warning(String rule, String article, int cycleWeek, DayOfWeek weekday, int inOffice, int staff,
                   int inOfficePercent, Integer minimumPercent) {
    }

    /** A group with one page of its members, searched by name or NIP. */
    record Detail(UnitGroups.Group group, Paged<UnitGroups.Candidate> members) {
    }

    record Members(List<String> nips) {
    }

    /** The employee's group week and the days of the week at home; {@code dates} are those days of this week. */
    record GroupWeekAnswer(String group, String unitCode, String week, int cycleWeek, int cycleWeeks,
                           List<DayOfWeek> homeDays, List<LocalDate> dates) {
    }

    @GetMapping("/units/{code}/groups")
    Listing list(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
        UnitGroups.Overview overview = groups.overview(actor, code);
        UnitGroups.Presence presence = overview.presence();
        List<Warning> warnings = presence.belowMinimum().stream()
                .map(day -> new Warning(RuleCode.LAYANAN_MINIMUM.name(),
                        RuleCode.LAYANAN_MINIMUM.article().article(), day.cycleWeek(), day.weekday(), day.inOffice(),
                        presence.staff(), day.inOfficePercent(), presence.minOfficePresencePercent()))
                .toList();
        return new Listing(overview.unit().code(), overview.unit().name(), overview.mayManage(), overview.groups(),
                presence, warnings);
    }

    @PostMapping("/units/{code}/groups")
    ResponseEntity<UnitGroups.Group> create(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                                            @Valid @RequestBody UnitGroups.GroupInput body) {
        UnitGroups.Group created = refusals(() -> groups.create(actor, code, body));
        return ResponseEntity.created(URI.create("/api/units/" + created.unitCode() + "/groups/" + created.id()))
                .body(created);
    }

    @GetMapping("/units/{code}/groups/{id}")
    Detail get(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
               @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size) {
        UnitGroups.Group group = groups.group(actor, code, id);
        return new Detail(group, groups.candidates(actor, code, q, true, id, Paged.page(page), Paged.size(size)));
    }

    @PutMapping("/units/{code}/groups/{id}")
    UnitGroups.Group update(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                            @Valid @RequestBody UnitGroups.GroupInput body) {
        return refusals(() -> groups.update(actor, code, id, body));
    }

    @DeleteMapping("/units/{code}/groups/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                                @PathVariable long id) {
        groups.delete(actor, code, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/units/{code}/groups/{id}/members")
    UnitGroups.Group members(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                             @RequestBody Members body) {
        return refusals(() -> groups.setMembers(actor, code, id, body == null ? null : body.nips()));
    }

    /** 204 when the employee belongs to no group. */
    @GetMapping("/me/group-week")
    ResponseEntity<GroupWeekAnswer> groupWeek(@AuthenticationPrincipal Actor actor, @RequestParam String week) {
        LocalDate monday = IsoWeeks.monday(week)
                .orElseThrow(() -> ApiProblem.field("week", "groups.error.week"));
        if (actor.employeeId() == null) {
            return ResponseEntity.noContent().build();
        }
        return groups.weekOf(actor.employeeId(), IsoWeeks.of(monday))
                .map(found -> ResponseEntity.ok(new GroupWeekAnswer(found.group(), found.unitCode(), found.isoWeek(),
                        found.cycleWeek(), found.cycleWeeks(), found.homeDays(),
                        found.homeDays().stream().map(day -> monday.plusDays(day.getValue() - 1L)).toList())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** A change the service refused, as a problem naming its message, its field and, where one applies, its rule. */
    private static <T> T refusals(Supplier<T> change) {
        try {
            return change.get();
        } catch (UnitGroups.Refused refused) {
            ApiProblem problem = ApiProblem.of(HttpStatus.BAD_REQUEST, refused.key(), refused.args())
                    .with("field", refused.field());
            throw refused.rule() == null ? problem
                    : problem.with("rule", refused.rule().name()).with("article", refused.rule().article().article());
        }
    }
}
