package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's acting heads (Plt/Plh) in the browser: the current, future and past ones for whoever reads the
 * unit, the form to name one and the confirmation before ending one early for its head and HR.
 */
@PageController
class ActingHeadPages {

    static final String VIEW_LIST = "organisation/acting-heads";
    static final String VIEW_END = "organisation/acting-head-end";
    static final String FORM = "actingHeadForm";

    private final ActingHeads actingHeads;

    ActingHeadPages(ActingHeads actingHeads) {
        this.actingHeads = actingHeads;
    }

    @InitBinder(FORM)
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("nip", "kind", "startsOn", "endsOn", "letter");
    }

    @GetMapping("/unit/{code}/pelaksana")
    String list(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        return page(actor, code, new ActingHeadForm(null, ActingHeadKind.PLH.name(), null, null, null), model);
    }

    @PostMapping("/unit/{code}/pelaksana")
    String create(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                  @Valid @ModelAttribute(FORM) ActingHeadForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        requireDelegator(actingHeads.of(actor, code));
        if (!errors.hasErrors()) {
            try {
                ActingHead created = actingHeads.create(actor, code, new ActingHeads.NewActingHead(form.nip(),
                        form.kind(), form.startsOn(), form.endsOn(), form.letter()));
                redirect.addFlashAttribute("successKey", "delegation.created");
                return "redirect:/unit/" + created.unitCode() + "/pelaksana";
            } catch (Refusal refusal) {
                Forms.reject(errors, refusal);
            }
        }
        return page(actor, code, form, model);
    }

    @GetMapping("/unit/{code}/pelaksana/{id}/akhiri")
    String confirmEnd(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                      Model model) {
        model.addAttribute("unit", requireDelegator(actingHeads.of(actor, code)));
        model.addAttribute("acting", actingHeads.find(actor, code, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return VIEW_END;
    }

    @PostMapping("/unit/{code}/pelaksana/{id}/akhiri")
    String end(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
               RedirectAttributes redirect) {
        switch (actingHeads.end(actor, code, id)) {
            case ENDED -> redirect.addFlashAttribute("successKey", "delegation.ended");
            case CANCELLED -> redirect.addFlashAttribute("successKey", "delegation.cancelledNow");
            case ALREADY_OVER -> redirect.addFlashAttribute("errorFlashKey", "delegation.error.alreadyOver");
        }
        return "redirect:/unit/" + UnitAdministration.normalCode(code) + "/pelaksana";
    }

    /** Only HR and the unit's own head name or end acting heads; the rest get the forbidden page. */
    private static ActingHeads.UnitActingHeads requireDelegator(ActingHeads.UnitActingHeads unit) {
        if (!unit.mayDelegate()) {
            throw new AccessDeniedException("only HR or the unit's head names acting heads");
        }
        return unit;
    }

    private String page(Actor actor, String code, ActingHeadForm form, Model model) {
        model.addAttribute("unit", actingHeads.of(actor, code));
        model.addAttribute(FORM, form);
        model.addAttribute("kinds", ActingHeadKind.values());
        return VIEW_LIST;
    }

    /** Dates as the browser's date field sends them (2026-11-23); checked further by {@link ActingHeads}. */
    record ActingHeadForm(
            @NotBlank(message = "{delegation.error.required}") String nip,
            @NotBlank(message = "{delegation.error.required}") String kind,
            @NotBlank(message = "{delegation.error.required}") String startsOn,
            @NotBlank(message = "{delegation.error.required}") String endsOn,
            @NotBlank(message = "{delegation.error.required}")
            @Size(max = ActingHeads.MAX_LETTER, message = "{delegation.error.letterTooLong}") String letter) {
    }
}
