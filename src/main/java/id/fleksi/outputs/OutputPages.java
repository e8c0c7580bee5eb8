package id.fleksi.outputs;

import id.fleksi.documents.DocumentDownloads;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.threeten.extra.YearWeek;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The employee's page of their outputs ({@code /saya/hasil}: a quick form and the last seven days) and the unit
 * head's page of the outputs waiting for review in their units ({@code /hasil-kerja}). An output's evidence file is
 * downloaded from {@code /hasil-kerja/{id}/bukti} by whoever may read the output.
 */
@PageController
class OutputPages {

    /** The days the employee's page lists: today and the six before. */
    static final int RECENT_DAYS = 7;
    /** The weeks the head's week filter offers, this week first. */
    static final int WEEKS_OFFERED = 6;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final WorkOutputs outputs;

    OutputPages(WorkOutputs outputs) {
        this.outputs = outputs;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "taskCode", "description", "link");
    }

    @GetMapping("/saya/hasil")
    String own(@AuthenticationPrincipal Actor actor, Model model, HttpServletResponse response) throws IOException {
        if (actor.employeeId() == null) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return null;
        }
        model.addAttribute("form", OutputInput.empty(outputs.today().toString()));
        return ownPage(actor, model);
    }

    @PostMapping("/saya/hasil")
    String record(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") OutputInput form, BindingResult errors,
                  @RequestParam(name = "evidence", required = false) MultipartFile evidence, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        // a file input left empty is sent as a part without a name or bytes
        boolean chosen = evidence != null && (evidence.getSize() > 0
                || (evidence.getOriginalFilename() != null && !evidence.getOriginalFilename().isBlank()));
        try {
            outputs.record(actor, form, chosen
                    ? new WorkOutputs.Evidence(evidence.getOriginalFilename(), evidence.getInputStream()) : null);
        } catch (ApiProblem refused) {
            if (refused.fieldErrors().isEmpty()) {
                response.sendError(refused.status().value());
                return null;
            }
            refused.fieldErrors().forEach((field, key) -> {
                if (field.equals("evidence")) {
                    model.addAttribute("evidenceErrorKey", key);
                } else {
                    errors.rejectValue(field, key);
                }
            });
            // a browser never sends a file back: one that was accepted is to be chosen again
            model.addAttribute("evidenceAgain", chosen && !refused.fieldErrors().containsKey("evidence"));
            return ownPage(actor, model);
        }
        redirect.addFlashAttribute("successKey", "outputs.own.recorded");
        return "redirect:/saya/hasil";
    }

    @GetMapping("/hasil-kerja/{id}/bukti")
    void evidence(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        var found = outputs.evidence(actor, id);
        if (found.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        DocumentDownloads.write(found.get(), response);
    }

    @GetMapping("/hasil-kerja")
    String waiting(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String minggu, @RequestParam(required = false) Integer page,
                   Model model) {
        LocalDate today = outputs.today();
        LocalDate monday = monday(minggu);
        boolean weekInvalid = minggu != null && !minggu.isBlank() && monday == null;
        WorkOutputs.Filter filter = monday == null
                ? new WorkOutputs.Filter(EARLIEST, today, q, OutputStatus.SUBMITTED)
                : new WorkOutputs.Filter(monday, monday.plusDays(6), q, OutputStatus.SUBMITTED);
        Paged<WorkOutput> waiting = outputs.waiting(actor, filter, Paged.page(page), Paged.DEFAULT_SIZE);
        model.addAttribute("waiting", waiting);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("week", monday == null ? "" : minggu.strip());
        model.addAttribute("weekInvalid", weekInvalid);
        model.addAttribute("weeks", weeksBefore(today));
        return "outputs/review";
    }

    @PostMapping("/hasil-kerja/{id}/tinjau")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String minggu,
                  @RequestParam(required = false) Integer page, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        try {
            WorkOutput reviewed = outputs.review(actor, id, new ReviewInput(decision, note));
            redirect.addFlashAttribute("successKey", reviewed.status() == OutputStatus.ACCEPTED
                    ? "outputs.review.accepted" : "outputs.review.returned");
        } catch (ApiProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                response.sendError(HttpStatus.NOT_FOUND.value());
                return null;
            }
            Map<String, String> fields = refused.fieldErrors();
            // a missing or long note is told beside the output's note; a refusal of the review itself above all
            redirect.addFlashAttribute(fields.containsKey("note") ? "noteErrorKey" : "errorFlashKey",
                    fields.isEmpty() ? refused.detailKey() : fields.values().iterator().next());
            redirect.addFlashAttribute("errorOutput", id);
        }
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q.strip());
        }
        if (monday(minggu) != null) {
            redirect.addAttribute("minggu", minggu.strip());
        }
        if (page != null && page > 0) {
            redirect.addAttribute("page", page);
        }
        return "redirect:/hasil-kerja";
    }

    private String ownPage(Actor actor, Model model) {
        LocalDate today = outputs.today();
        model.addAttribute("today", today);
        model.addAttribute("tasks", outputs.tasksOf(actor));
        model.addAttribute("evidenceMaxMegabytes", outputs.evidenceMaxMegabytes());
        model.addAttribute("recent", outputs.own(actor, today.minusDays(RECENT_DAYS - 1L)));
        return "outputs/own";
    }

    /** The ISO weeks to choose from: this week and the five before, as "2026-W49". */
    private static List<String> weeksBefore(LocalDate today) {
        List<String> weeks = new ArrayList<>();
        YearWeek week = YearWeek.from(today);
        for (int i = 0; i < WEEKS_OFFERED; i++) {
            weeks.add(week.minusWeeks(i).toString());
        }
        return weeks;
    }

    /** The Monday of an ISO week such as "2026-W49", or null when the text names none. */
    static LocalDate monday(String isoWeek) {
        if (isoWeek == null || !isoWeek.strip().matches("\\d{4}-W\\d{2}")) {
            return null;
        }
        try {
            YearWeek week = YearWeek.parse(isoWeek.strip());
            if (!week.toString().equals(isoWeek.strip()) || week.getYear() < 1900 || week.getYear() > 2199) {
                return null;
            }
            return week.atDay(DayOfWeek.MONDAY);
        } catch (DateTimeException noSuchWeek) {
            return null;
        }
    }
}
