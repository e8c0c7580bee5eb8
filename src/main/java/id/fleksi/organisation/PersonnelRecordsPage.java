package id.fleksi.organisation;

import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * An employee's personnel records in the browser: the PPK, HR and the heads of the employee's unit read
 * them; HR records discipline, special circumstances, predicates and additional criteria under each section.
 */
@PageController
@RequestMapping("/pegawai/{nip}/riwayat")
class PersonnelRecordsPage {

    static final String VIEW = "personnel/records";
    private static final String REDIRECT = "redirect:/pegawai/{nip}/riwayat";

    /** The article of each section, as the page cites it. */
    static final Map<String, LegalRef> ARTICLES = Map.of(
            "discipline", RuleCode.PEGAWAI_DISIPLIN.article(),
            "circumstance", LegalRef.pasal("Pasal 10; 13 ayat (2) huruf b"),
            "performance", RuleCode.PREDIKAT_KINERJA.article(),
            "infrastructure", RuleCode.INFRASTRUKTUR.article(),
            "criterion", RuleCode.KRITERIA_TAMBAHAN.article(),
            "achievement", LegalRef.pasal("Pasal 35 ayat (3) huruf b"));

    private final PersonnelRecords records;
    private final Clock clock;

    PersonnelRecordsPage(PersonnelRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        switch (binder.getObjectName()) {
            case "disciplineForm" -> binder.setAllowedFields("from", "to", "status", "note");
            case "disciplineUpdate" -> binder.setAllowedFields("from", "to", "status", "note", "version");
            case "circumstanceForm" -> binder.setAllowedFields("reason", "from", "to", "approvedBy");
            case "performanceForm" -> binder.setAllowedFields("year", "predikat");
            case "criterionForm" -> binder.setAllowedFields("code", "met", "note");
            default -> {
                // path variables: nothing to restrict
            }
        }
    }

    @GetMapping
    String show(@AuthenticationPrincipal Actor actor, @PathVariable String nip, Model model) {
        return page(actor, nip, model, null);
    }

    @PostMapping("/disiplin")
    String recordDiscipline(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                            @ModelAttribute("disciplineForm") DisciplineForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return record(actor, nip, errors, model, redirect, "disiplin", "personnel.discipline.recorded",
                () -> records.recordDiscipline(actor, nip, form.withoutVersion()));
    }

    /** Ends or corrects a record; if another HR officer changed it meanwhile, asks to reload instead. */
    @PostMapping("/disiplin/{id}")
    String updateDiscipline(@AuthenticationPrincipal Actor actor, @PathVariable String nip, @PathVariable long id,
                            @ModelAttribute("disciplineUpdate") DisciplineForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            records.updateDiscipline(actor, nip, id, form.withVersion());
        } catch (PersonnelInputRejected rejected) {
            model.addAttribute("editingId", id);
            model.addAttribute("updateErrors", rejected.fieldErrors());
            return page(actor, nip, model, "disiplin");
        } catch (ApiProblem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            redirect.addFlashAttribute("errorFlashKey", "personnel.discipline.conflict");
            return REDIRECT;
        }
        redirect.addFlashAttribute("successKey", "personnel.discipline.updated");
        return REDIRECT;
    }

    @PostMapping("/keadaan-khusus")
    String recordSpecialCircumstance(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                     @ModelAttribute("circumstanceForm") PersonnelInput.Circumstance form,
                                     BindingResult errors, Model model, RedirectAttributes redirect) {
        return record(actor, nip, errors, model, redirect, "keadaan-khusus", "personnel.circumstance.recorded",
                () -> records.recordSpecialCircumstance(actor, nip, form));
    }

    @PostMapping("/predikat")
    String recordPerformance(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                             @ModelAttribute("performanceForm") PersonnelInput.Performance form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        return record(actor, nip, errors, model, redirect, "predikat", "personnel.performance.recorded",
                () -> records.recordPerformance(actor, nip, form));
    }

    @PostMapping("/kriteria-tambahan")
    String recordAdditionalCriterion(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                     @ModelAttribute("criterionForm") PersonnelInput.Criterion form,
                                     BindingResult errors, Model model, RedirectAttributes redirect) {
        return record(actor, nip, errors, model, redirect, "kriteria-tambahan", "personnel.criterion.recorded",
                () -> records.recordAdditionalCriterion(actor, nip, form));
    }

    /** An unknown NIP or record is the 404 page, an employee outside the person's scope the 403 page. */
    @ExceptionHandler(ApiProblem.class)
    void refused(ApiProblem problem, HttpServletResponse response) throws IOException {
        response.sendError(problem.status().value());
    }

    private String page(Actor actor, String nip, Model model, String errorSection) {
        model.addAttribute("history", records.history(actor, nip));
        model.addAttribute("mayEdit", actor.isHr());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("articles", ARTICLES);
        model.addAttribute("statuses", DisciplineStatus.values());
        model.addAttribute("predicates", Predikat.values());
        model.addAttribute("errorSection", errorSection);
        if (!model.containsAttribute("editingId")) {
            model.addAttribute("editingId", null);
        }
        // empty forms, except the one just refused, which keeps what was entered
        model.mergeAttributes(Map.of(
                "disciplineForm", new DisciplineForm(null, null, null, null, null),
                "circumstanceForm", new PersonnelInput.Circumstance(null, null, null, null),
                "performanceForm", new PersonnelInput.Performance(
                        String.valueOf(LocalDate.now(clock).getYear() - 1), null),
                "criterionForm", new PersonnelInput.Criterion(null, null, null)));
        return VIEW;
    }

    /**
     * A disciplinary record as the page's form sends it, every field as text (so that binding never fails);
     * {@code version} is the hidden version of the record being ended or corrected.
     */
    record DisciplineForm(String from, String to, String status, String note, String version) {

        PersonnelInput.Discipline withoutVersion() {
            return new PersonnelInput.Discipline(from, to, status, note, null);
        }

        /** @throws org.springframework.web.server.ResponseStatusException 400 for a version no page sends */
        PersonnelInput.Discipline withVersion() {
            return new PersonnelInput.Discipline(from, to, status, note, Forms.version(version));
        }
    }

    /**
     * Records a new entry of a section and returns to the page with a success message; if the input is
     * refused, shows the page again with each message next to its field and a link to the section.
     */
    private String record(Actor actor, String nip, BindingResult errors, Model model, RedirectAttributes redirect,
                          String section, String successKey, Runnable entry) {
        try {
            entry.run();
        } catch (PersonnelInputRejected rejected) {
            rejected.fieldErrors().forEach(errors::rejectValue);
            return page(actor, nip, model, section);
        }
        redirect.addFlashAttribute("successKey", successKey);
        return REDIRECT;
    }
}
