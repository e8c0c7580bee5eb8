package id.fleksi.planning;

import id.fleksi.attendance.UnitActuals;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit's calendar from its approved weekly plans ({@code /unit/{code}/kalender}): a week ({@code ?minggu=2026-W49})
 * with who is in the office, away on location flexibility, on leave or on duty travel each day, or a month
 * ({@code ?bulan=2026-12}) as a heatmap of the share in the office against the PPK's minimum (Pasal 27) and the
 * share away against the quota (Pasal 14). For the PPK, HR and the heads of the unit or above; the service checks
 * the unit against the person's scope.
 */
@PageController
class UnitCalendarPages {

    static final String VIEW_WEEK = "planning/calendar-week";
    static final String VIEW_MONTH = "planning/calendar-month";

    private final WeeklyPlans plans;
    private final UnitActuals actuals;
    private final Clock clock;

    UnitCalendarPages(WeeklyPlans plans, UnitActuals actuals, Clock clock) {
        this.plans = plans;
        this.actuals = actuals;
        this.clock = clock;
    }

    @GetMapping("/unit/{code}/kalender")
    String calendar(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                    @RequestParam(name = "minggu", required = false) String week,
                    @RequestParam(name = "bulan", required = false) String month, Model model) {
        model.addAttribute("code", code);
        Optional<YearMonth> wantedMonth = IsoWeeks.month(month);
        if (wantedMonth.isPresent()) {
            return month(actor, code, wantedMonth.get(), model);
        }
        LocalDate monday = IsoWeeks.monday(week)
                .orElseGet(() -> IsoWeeks.mondayOf(InstitutionTime.today(clock)));
        Coverage coverage = coverage(actor, code, monday);
        model.addAttribute("coverage", coverage);
        model.addAttribute("monday", monday);
        model.addAttribute("heats", coverage.days().stream().map(Heat::of).toList());
        model.addAttribute("previousWeek", IsoWeeks.of(monday.minusWeeks(1)));
        model.addAttribute("nextWeek", IsoWeeks.of(monday.plusWeeks(1)));
        model.addAttribute("month", YearMonth.from(monday.plusDays(3)));
        model.addAttribute("actuals", actuals.week(coverage.unitCode(), monday).orElse(null));
        model.addAttribute("actualsMaxStaff", UnitActuals.MAX_STAFF);
        return VIEW_WEEK;
    }

    private String month(Actor actor, String code, YearMonth month, Model model) {
        List<Week> weeks = new ArrayList<>();
        Coverage first = null;
        for (LocalDate monday = IsoWeeks.mondayOf(month.atDay(1)); !monday.isAfter(month.atEndOfMonth());
             monday = monday.plusWeeks(1)) {
            Coverage coverage = coverage(actor, code, monday);
            first = first == null ? coverage : first;
            List<Cell> cells = coverage.days().stream()
                    .map(day -> new Cell(day, YearMonth.from(day.date()).equals(month), Heat.of(day))).toList();
            weeks.add(new Week(coverage.week(), cells));
        }
        model.addAttribute("coverage", first);
        model.addAttribute("month", month);
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekdays", weeks.get(0).cells().stream().map(cell -> cell.day().date()).toList());
        model.addAttribute("previousMonth", month.minusMonths(1));
        model.addAttribute("nextMonth", month.plusMonths(1));
        model.addAttribute("firstWeek", IsoWeeks.of(month.atDay(1)));
        return VIEW_MONTH;
    }

    private Coverage coverage(Actor actor, String code, LocalDate monday) {
        return plans.coverage(actor, code, new WeekPlan(IsoWeeks.of(monday), null, List.of()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A week of the month's heatmap, Monday to Sunday. */
    record Week(String isoWeek, List<Cell> cells) {
    }

    /** A day of the month's heatmap; days of the weeks around the month are shown empty. */
    record Cell(Coverage.Day day, boolean inMonth, Heat heat) {
    }

    /**
     * How a day is coloured: five steps of one blue (ColorBrewer's sequential Blues, readable with colour-blindness)
     * by the share in the office; a day below the PPK's minimum or above the quota also carries a symbol and a
     * text, so that colour never speaks alone.
     */
    record Heat(String cssClass, boolean belowMinimum, boolean aboveQuota) {

        static Heat of(Coverage.Day day) {
            if (!day.workingDay()) {
                return new Heat("heat-off", false, false);
            }
            int step = Math.min(4, day.inOfficePercent() / 20);
            return new Heat("heat-" + step, day.belowMinimum(), day.aboveQuota());
        }
    }
}
