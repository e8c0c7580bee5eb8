package id.fleksi.backup;

import id.fleksi.shared.database.ModuleMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import java.util.function.Function;

/**
 * How the schema is migrated when the application starts: the root's migrations, then each module's
 * ({@link ModuleMigrations}). With {@code fleksi.backup.restore} set, the backup is first restored into the
 * (empty) database. Otherwise, when a database holding data is about to be migrated to a newer schema, a backup is
 * taken first ({@code fleksi-...-before-V29.zip}, or {@code ...-before-planning-V2.zip} for a module's
 * migration), should the new version need to be undone.
 */
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final BackupProperties properties;
    private final Function<String, ?> backUp;

    /**
     * @param backUp  takes a backup with the label given; a function so that the backup's bean (which needs the
     *                migrated schema's data source) is only asked for when a backup is due
     */
    SchemaMigration(BackupProperties properties, Function<String, ?> backUp) {
        this.properties = properties;
        this.backUp = backUp;
    }

    @Override
    public void migrate(Flyway flyway) {
        ModuleMigrations migrations = ModuleMigrations.of(flyway);
        if (properties.restore() != null) {
            DatabaseRestore.restore(migrations, properties.restore());
        } else if (properties.enabled()) {
            backUpBeforeUpgrade(migrations);
        }
        migrations.migrate();
    }

    private void backUpBeforeUpgrade(ModuleMigrations migrations) {
        if (migrations.folders().get(0).current() == null) {
            return;
        }
        for (ModuleMigrations.Folder folder : migrations.folders()) {
            MigrationInfo[] pending = folder.pending();
            if (pending.length > 0) {
                String next = pending[pending.length - 1].getVersion().getVersion();
                String label = folder.module().equals(ModuleMigrations.ROOT)
                        ? "before-V" + next : "before-" + folder.module() + "-V" + next;
                log.info("The schema of {} is migrated from version {} to {}: backing the database up first",
                        folder.module(), folder.current(), next);
                backUp.apply(label);
                return;
            }
        }
    }
}
