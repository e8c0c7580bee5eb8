package id.fleksi.organisation;

import id.fleksi.organisation.PersonnelHistory.InfrastructureEntry;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;

/** Pasal 15–16: the signed-in employee declares whether their work infrastructure is ready. */
@PageController
@RequestMapping("/saya/infrastruktur")
class InfrastructurePage {

    static final String VIEW = "personnel/infrastructure";

    private final PersonnelRecords records;
    private final Clock clock;

    InfrastructurePage(PersonnelRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("ready", "note", "items");
    }

    @GetMapping
    String show(@AuthenticationPrincipal Actor actor, Model model) {
        InfrastructureEntry declaration = records.ownDeclaration(actor).orElse(null);
        model.addAttribute("form", declaration == null ? new PersonnelInput.Infrastructure(null, null)
                : new PersonnelInput.Infrastructure(String.valueOf(declaration.ready()), declaration.note(),
                declaration.items().stream().map(Enum::name).toList()));
        return page(model, declaration);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") PersonnelInput.Infrastructure form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            // the page sends every item it shows: none ticked is an empty list, not "as before"
            records.declareOwnInfrastructure(actor, form.items() != null ? form
                    : new PersonnelInput.Infrastructure(form.ready(), form.note(), java.util.List.of()));
        } catch (PersonnelInputRejected rejected) {
            rejected.fieldErrors().forEach(errors::rejectValue);
            return page(model, records.ownDeclaration(actor).orElse(null));
        }
        redirect.addFlashAttribute("successKey", "personnel.infrastructure.declared");
        return "redirect:/saya/infrastruktur";
    }

    /** An account that is no employee has no declaration to make: the 403 page. */
    @ExceptionHandler(ApiProblem.class)
    void refused(ApiProblem problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.status().value());
    }

    private String page(Model model, InfrastructureEntry declaration) {
        model.addAttribute("declaration", declaration);
        model.addAttribute("article", RuleCode.INFRASTRUKTUR.article());
        model.addAttribute("infrastructureItems", InfrastructureItem.values());
        model.addAttribute("zone", clock.getZone());
        return VIEW;
    }
}
