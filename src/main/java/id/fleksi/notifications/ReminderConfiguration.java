package id.fleksi.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reminders' mail settings and their scheduler; the jobs run once across instances under the job locks of
 * {@code shared.jobs}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class ReminderConfiguration {

    /** The scheduler, unless {@code fleksi.reminders.enabled=false} (as in the tests, which call the jobs). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "fleksi.reminders.enabled", matchIfMissing = true)
    static class Scheduling {
    }
}
