package id.fleksi;

import id.fleksi.policy.CalendarChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events that cross a module boundary go through Spring Modulith's event publication registry
 * ({@code event_publication}): a listener that fails keeps its event until it is delivered again, one that
 * finishes leaves no row, and a change rolled back publishes nothing.
 */
class EventRegistryTest extends IntegrationTest {

    /** A day far from the demo's plans: putting its week's approved plans up for review touches none. */
    private static final LocalDate HOLIDAY = LocalDate.of(2031, 6, 2);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;

    @AfterEach
    void forget() {
        jdbc.sql("delete from event_publication where serialized_event like :day")
                .param("day", "%" + HOLIDAY + "%").update();
    }

    @Test
    void aFailedListenerKeepsItsEventUntilItIsDeliveredAgain() {
        // planning's listener cannot write its reviews while their table is away
        jdbc.sql("alter table plan_review rename to plan_review_away").update();
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(holidayAdded()));
        } finally {
            jdbc.sql("alter table plan_review_away rename to plan_review").update();
        }

        assertThat(publications()).singleElement().satisfies(row -> {
            assertThat(row).contains("PlanReviews.calendarChanged");
            assertThat(row).endsWith(" incomplete");
        });

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof CalendarChanged c
                && c.from().equals(HOLIDAY));

        assertThat(publications()).isEmpty();
    }

    @Test
    void aFinishedListenerLeavesNoRowAndARolledBackChangePublishesNothing() {
        transaction.executeWithoutResult(status -> events.publishEvent(holidayAdded()));
        assertThat(publications()).isEmpty();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(holidayAdded());
            assertThat(publications()).as("recorded in the publishing transaction").isNotEmpty();
            status.setRollbackOnly();
        });
        assertThat(publications()).isEmpty();
    }

    private static CalendarChanged holidayAdded() {
        return new CalendarChanged(CalendarChanged.Cause.HOLIDAY, HOLIDAY, List.of(HOLIDAY));
    }

    /** The registry's rows of this test's events: listener and whether it completed. */
    private List<String> publications() {
        return jdbc.sql("""
                        select listener_id || case when completion_date is null then ' incomplete' else ' completed' end
                        from event_publication where serialized_event like :day order by publication_date""")
                .param("day", "%" + HOLIDAY + "%").query(String.class).list();
    }
}
