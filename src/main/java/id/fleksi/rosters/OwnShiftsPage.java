package id.fleksi.rosters;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** An employee's own published shifts of a month; nobody else's. */
@PageController
class OwnShiftsPage {

    static final String VIEW = "rosters/own";

    private final Rosters rosters;
    private final Clock clock;

    OwnShiftsPage(Rosters rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
    }

    @GetMapping("/saya/sif")
    String own(@AuthenticationPrincipal Actor actor, @RequestParam(name = "bulan", required = false) String month,
               Model model) {
        YearMonth period = month(month);
        List<PublishedShift> shifts = actor.employeeId() == null ? List.of()
                : rosters.publishedShifts(actor.employeeId(), period.atDay(1), period.atEndOfMonth());
        model.addAttribute("month", period);
        model.addAttribute("previous", period.minusMonths(1));
        model.addAttribute("next", period.plusMonths(1));
        model.addAttribute("shifts", shifts);
        model.addAttribute("totalMinutes", shifts.stream().mapToInt(PublishedShift::effectiveMinutes).sum());
        return VIEW;
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(InstitutionTime.today(clock));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "roster.error.month");
        }
    }
}
