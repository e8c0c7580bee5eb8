package id.fleksi.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import java.util.function.Function;

/**
 * How the schema is migrated when the application starts. With {@code fleksi.backup.restore} set, the backup is
 * first restored into the (empty) database. Otherwise, when a database holding data is about to be migrated to
 * a newer schema, a backup is taken first ({@code fleksi-...-before-V29.zip}), should the new version need to be
 * undone. Then Flyway migrates as usual.
 */
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final BackupProperties properties;
    private final Function<String, ?> backUp;

    /**
     * @param backUp takes a backup with the label given; a function so that the backup's bean (which needs the
     *               migrated schema's data source) is only asked for when a backup is due
     */
    SchemaMigration(BackupProperties properties, Function<String, ?> backUp) {
        this.properties = properties;
        this.backUp = backUp;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (properties.restore() != null) {
            DatabaseRestore.restore(flyway, properties.restore());
        } else if (properties.enabled()) {
            backUpBeforeUpgrade(flyway.info());
        }
        flyway.migrate();
    }

    private void backUpBeforeUpgrade(MigrationInfoService info) {
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (current == null || pending.length == 0) {
            return;
        }
        String next = pending[pending.length - 1].getVersion().getVersion();
        log.info("The schema is migrated from version {} to {}: backing the database up first",
                current.getVersion(), next);
        backUp.apply("before-V" + next);
    }
}
