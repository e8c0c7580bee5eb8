package id.fleksi.attendance;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/**
 * HR and the PPK ask for the stored weeks of discrepancies to be recomputed now rather than at night:
 * {@code POST /api/attendance/discrepancy-weeks/recompute?from=&to=} recomputes the weeks of those days that have a
 * day judged (up to yesterday), at most {@value DiscrepancyWeeks#MAX_WEEKS}, and answers with the weeks (their
 * Mondays) and the findings stored.
 */
@ApiController("/api/attendance/discrepancy-weeks")
class DiscrepancyWeeksApi {

    private final DiscrepancyWeeks weeks;

    DiscrepancyWeeksApi(DiscrepancyWeeks weeks) {
        this.weeks = weeks;
    }

    @PostMapping("/recompute")
    DiscrepancyWeeks.Recomputed recompute(@AuthenticationPrincipal Actor actor,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return weeks.recompute(actor, from, to);
    }
}
