package id.fleksi.dashboard;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.threeten.extra.YearWeek;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** {@code /dasbor}: the week's presence for the PPK and HR (the institution) and unit heads (their units). */
@PageController
class DashboardPages {

    static final String VIEW = "dashboard/board";

    private final Dashboards dashboards;
    private final Clock clock;

    DashboardPages(Dashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/dasbor")
    String board(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String week,
                 @RequestParam(required = false) Integer page, Model model) {
        LocalDate monday = monday(week);
        model.addAttribute("board", dashboards.board(actor, monday, Paged.page(page)));
        model.addAttribute("unitPaging", true);
        model.addAttribute("previousWeek", Dashboards.isoWeek(monday.minusWeeks(1)));
        model.addAttribute("nextWeek", Dashboards.isoWeek(monday.plusWeeks(1)));
        return VIEW;
    }

    private LocalDate monday(String week) {
        if (week == null || week.isBlank()) {
            return InstitutionTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (!week.matches("\\d{4}-W\\d{2}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            YearWeek parsed = YearWeek.parse(week);
            // parsing is lenient: "2025-W53" would become 2026-W01
            if (parsed.toString().equals(week)) {
                return parsed.atDay(DayOfWeek.MONDAY);
            }
        } catch (DateTimeException noSuchWeek) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
