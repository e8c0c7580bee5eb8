package id.fleksi.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfiguration {

    @Bean
    SchemaMigration schemaMigration(BackupProperties properties, ObjectProvider<DatabaseBackup> backups) {
        return new SchemaMigration(properties, label -> backups.getObject().backUp(label));
    }

    /** The nightly backup, unless {@code fleksi.backup.enabled=false} (as in the tests, which call it). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "fleksi.backup.enabled", matchIfMissing = true)
    static class Scheduling {
    }

    /** Runs the nightly backup once across instances. */
    @Component
    @ConditionalOnBooleanProperty(name = "fleksi.backup.enabled", matchIfMissing = true)
    static class NightlyBackup {

        private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

        private final DatabaseBackup backup;

        NightlyBackup(DatabaseBackup backup) {
            this.backup = backup;
        }

        @Scheduled(cron = "${fleksi.backup.cron:0 30 1 * * *}", zone = "Asia/Jakarta")
        @SchedulerLock(name = "backup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT6H")
        public void backUp() {
            try {
                backup.backUp(null);
            } catch (BackupFailed e) {
                log.error(e.getMessage(), e);
            }
        }
    }
}
