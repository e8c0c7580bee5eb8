package id.fleksi.attendance;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * HR and the PPK recompute the stored weeks of discrepancies of a period from the reports page ({@code /laporan},
 * where the weeks' state is shown); the page is shown again with what was done, or with the reason beside the
 * field. The dates come as text, so that a wrong one is told rather than failing the binding.
 */
@PageController
class DiscrepancyWeekPages {

    static final String RECOMPUTE = "/kehadiran/selisih-mingguan";
    private static final String BACK = "redirect:/laporan#discrepancy-weeks";

    private final DiscrepancyWeeks weeks;

    DiscrepancyWeekPages(DiscrepancyWeeks weeks) {
        this.weeks = weeks;
    }

    @PostMapping(RECOMPUTE)
    String recompute(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, RedirectAttributes redirect) {
        redirect.addFlashAttribute("weeksFrom", from);
        redirect.addFlashAttribute("weeksTo", to);
        LocalDate first = date(from);
        if (first == null) {
            return refused(redirect, "weeks-from", "attendance.discrepancyWeeks.error.date");
        }
        LocalDate last = date(to);
        if (last == null) {
            return refused(redirect, "weeks-to", "attendance.discrepancyWeeks.error.date");
        }
        try {
            DiscrepancyWeeks.Recomputed done = weeks.recompute(actor, first, last);
            redirect.addFlashAttribute("weeksRecomputed", done);
            return BACK;
        } catch (ApiProblem problem) {
            String field = problem.fieldErrors().keySet().stream().findFirst().orElse("to");
            return refused(redirect, "weeks-" + field, problem.fieldErrors().get(field));
        }
    }

    private static String refused(RedirectAttributes redirect, String field, String messageKey) {
        redirect.addFlashAttribute("weeksErrorField", field);
        redirect.addFlashAttribute("weeksErrorKey", messageKey);
        return BACK;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }
}
