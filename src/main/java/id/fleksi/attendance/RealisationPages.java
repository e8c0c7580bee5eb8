package id.fleksi.attendance;

import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.threeten.extra.YearWeek;
import id.fleksi.rules.Regulation;
import id.fleksi.shared.web.PageController;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * "Rencana dan realisasi": a week of an employee, the approved plan's days beside the attendance, the hours worked,
 * the outputs and the reconciliation's findings with their articles. {@code /realisasi} is one's own week;
 * {@code /realisasi/{nip}} another's, for their unit head, HR and the PPK ({@code ?minggu=2026-W45} or
 * {@code ?tanggal=2026-11-04}; this week by default).
 */
@PageController
class RealisationPages {

    static final String VIEW = "attendance/days";

    private final EmployeeDays days;
    private final CheckIns checkIns;
    private final Clock clock;

    RealisationPages(EmployeeDays days, CheckIns checkIns, Clock clock) {
        this.days = days;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** A finding as the page shows it, in the reader's language. */
    record FindingView(String rule, boolean error, String article, String message) {

        static FindingView of(Violation violation, Locale locale) {
            return new FindingView(violation.rule().name(), violation.blocks(), violation.article().article(),
                    violation.message().in(locale));
        }
    }

    record DayView(EmployeeDays.Day day, List<FindingView> findings) {
    }

    @GetMapping("/realisasi")
    String own(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String week,
               @RequestParam(name = "tanggal", required = false) String day, Locale locale, Model model) {
        if (actor.employeeId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String nip = days.nipOf(actor.employeeId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(actor, nip, monday(week, day), true, locale, model);
    }

    @GetMapping("/realisasi/{nip}")
    String of(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
              @RequestParam(name = "minggu", required = false) String week,
              @RequestParam(name = "tanggal", required = false) String day, Locale locale, Model model) {
        return page(actor, nip, monday(week, day), false, locale, model);
    }

    private String page(Actor actor, String nip, LocalDate monday, boolean own, Locale locale, Model model) {
        EmployeeDays.Period period = days.of(actor, nip, monday, monday.plusDays(6))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("period", period);
        model.addAttribute("own", own);
        // the coarse positions of check-in in Fleksi: for the head, HR and the PPK, never on one's own page
        boolean others = !own && !days.nipOf(actor.employeeId() == null ? -1 : actor.employeeId())
                .map(nip::equals).orElse(false);
        model.addAttribute("positions", others ? checkIns.positions(nip, monday, monday.plusDays(6)) : null);
        model.addAttribute("week", period.weeks().get(0));
        model.addAttribute("days", period.days().stream().map(day -> new DayView(day,
                day.findings().stream().map(f -> FindingView.of(f, locale)).toList())).toList());
        model.addAttribute("previousWeek", YearWeek.from(monday.minusWeeks(1)).toString());
        model.addAttribute("nextWeek", YearWeek.from(monday.plusWeeks(1)).toString());
        model.addAttribute("findingCount", period.days().stream().mapToLong(day -> day.findings().size()).sum());
        return VIEW;
    }

    /**
     * The Monday of the week asked for, by its name ("2026-W45") or one of its days ("2026-11-04"); of this week
     * when none or a wrong one is asked for, or one before the regulation came into force or more than a year ahead.
     */
    private LocalDate monday(String week, String day) {
        LocalDate thisWeek = YearWeek.from(InstitutionTime.today(clock)).atDay(DayOfWeek.MONDAY);
        LocalDate asked = null;
        if (week == null && day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                asked = YearWeek.from(LocalDate.parse(day)).atDay(DayOfWeek.MONDAY);
            } catch (java.time.DateTimeException noSuchDay) {
                // this week instead
            }
        }
        if (week != null && week.matches("\\d{4}-W\\d{2}")) {
            try {
                YearWeek parsed = YearWeek.parse(week);
                if (parsed.toString().equals(week)) {
                    asked = parsed.atDay(DayOfWeek.MONDAY);
                }
            } catch (java.time.DateTimeException noSuchWeek) {
                // this week instead
            }
        }
        boolean judged = asked != null && !asked.isBefore(Regulation.IN_FORCE_FROM)
                && !asked.isAfter(thisWeek.plusYears(1));
        return judged ? asked : thisWeek;
    }
}
