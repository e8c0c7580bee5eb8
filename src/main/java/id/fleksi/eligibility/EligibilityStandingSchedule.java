package id.fleksi.eligibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/**
 * When the stored standings of eligibility are computed without being asked, in WIB:
 * {@code fleksi.eligibility.standing.cron} (00.10 every night by default, once the new day has begun), and at start
 * when no run of today exists, in the background so that the application answers meanwhile (the list filters by
 * judging every employee until the run is stored). Off with {@code fleksi.eligibility.standing.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "fleksi.eligibility.standing.enabled", matchIfMissing = true)
class EligibilityStandingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityStandingSchedule.class);

    private final EligibilityStandings standings;
    private volatile CompletableFuture<Void> atStart = CompletableFuture.completedFuture(null);

    EligibilityStandingSchedule(EligibilityStandings standings) {
        this.standings = standings;
    }

    @Scheduled(cron = "${fleksi.eligibility.standing.cron:0 10 0 * * *}", zone = "Asia/Jakarta")
    void recompute() {
        standings.recomputeDue();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (standings.computedToday()) {
            return;
        }
        atStart = CompletableFuture.runAsync(() -> {
            try {
                standings.recomputeDue();
            } catch (RuntimeException failed) {
                LOG.warn("The eligibility standings were not computed at start; the list judges every employee "
                        + "until the next run", failed);
            }
        }, task -> {
            Thread thread = new Thread(task, "eligibility-standing");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The run at start, done (or none needed) when the returned future completes. */
    CompletableFuture<Void> atStart() {
        return atStart;
    }
}
