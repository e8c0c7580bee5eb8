package id.fleksi.shared.events;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Listens to another module's event once the transaction that published it has committed: a change rolled back
 * tells nobody. The listener runs on the publishing thread, in a transaction of its own, before the request that
 * made the change answers, so that what a user is told has happened is already visible to the others it concerns.
 * <p>
 * The event is recorded, in the publishing transaction, in Spring Modulith's event publication registry
 * ({@code event_publication}), one row per listener, and the row is removed once the listener has finished. A
 * listener that failed, or that the application's stop interrupted, leaves its row; the event is delivered to it
 * again when the application next starts ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Nothing published is lost on a crash.
 * <p>
 * This is Spring Modulith's {@code @ApplicationModuleListener} without {@code @Async}. A listener whose work must
 * hold or fail together with the change (an account disabled with its employee's deactivation) listens with
 * {@code @EventListener} inside the publishing transaction instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface AfterCommit {

    /** As {@link TransactionalEventListener#id()}: the listener's name in the registry; its method by default. */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id() default "";
}
