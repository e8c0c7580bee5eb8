package id.fleksi.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * When the reminders run, in WIB: {@code fleksi.reminders.plan-cron} (every hour by default, so that a
 * reminder follows the PPK's deadline within the hour, whatever day and time it is) and
 * {@code fleksi.reminders.head-cron} (07.00 on working days) and {@code fleksi.reminders.trial-cron} (07.00 every
 * day). Off with {@code fleksi.reminders.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "fleksi.reminders.enabled", matchIfMissing = true)
class ReminderSchedule {

    private final Reminders reminders;
    private final Clock clock;

    ReminderSchedule(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${fleksi.reminders.plan-cron:0 5 * * * *}", zone = "Asia/Jakarta")
    void missingPlans() {
        reminders.remindMissingPlans(clock.instant());
    }

    @Scheduled(cron = "${fleksi.reminders.head-cron:0 0 7 * * MON-FRI}", zone = "Asia/Jakarta")
    void waitingPlans() {
        reminders.remindWaitingPlans(clock.instant());
    }

    @Scheduled(cron = "${fleksi.reminders.trial-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    void endingTrial() {
        reminders.remindTrialEnding(clock.instant());
    }
}
