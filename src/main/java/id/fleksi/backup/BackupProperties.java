package id.fleksi.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where and when the database is backed up, and a backup to restore.
 *
 * @param enabled   take a backup every night and before the schema is migrated to a new version
 * @param directory the folder of the backup files; best on another disk than the database, or copied off
 *                  the machine
 * @param cron      when the nightly backup runs, a Spring cron expression in WIB (01.30 by default)
 * @param keep      how many backup files are kept; the oldest beyond it are deleted after a new one is written
 * @param restore   a backup file to restore when the application starts; only into an empty database
 */
@ConfigurationProperties("fleksi.backup")
public record BackupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/backup") Path directory,
        @DefaultValue("0 30 1 * * *") String cron,
        @DefaultValue("14") int keep,
        Path restore) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("fleksi.backup.keep must be at least 1, was " + keep);
        }
        if (restore != null && restore.toString().isBlank()) {
            restore = null;
        }
    }
}
