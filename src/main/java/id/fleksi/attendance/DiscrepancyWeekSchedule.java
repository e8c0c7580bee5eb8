package id.fleksi.attendance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the stored weeks of discrepancies are brought up to date, in WIB: {@code fleksi.attendance.discrepancy-weeks.cron}
 * (02.00 every night by default, after the backup). Off with {@code fleksi.attendance.discrepancy-weeks.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "fleksi.attendance.discrepancy-weeks.enabled", matchIfMissing = true)
class DiscrepancyWeekSchedule {

    private final DiscrepancyWeeks weeks;

    DiscrepancyWeekSchedule(DiscrepancyWeeks weeks) {
        this.weeks = weeks;
    }

    @Scheduled(cron = "${fleksi.attendance.discrepancy-weeks.cron:0 0 2 * * *}", zone = "Asia/Jakarta")
    void recompute() {
        weeks.recomputeDue();
    }
}
