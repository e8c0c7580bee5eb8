package id.fleksi.shared.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema's migrations, one folder and one history per module, laid out as Spring Modulith's module-aware
 * Flyway support lays them out.
 * <ul>
 * <li>{@code db/migration/__root}: the schema up to version 38, written before each module kept its own
 * migrations (tables of several modules per file; {@code src/test/resources/modules/tables.txt} names each
 * table's owner). Its history is Flyway's usual {@code flyway_schema_history}, so an installed database goes on
 * from where it is: nothing is baselined there and no released migration changed.</li>
 * <li>{@code db/migration/<module>}: every later change of a module's tables, with the module's own history
 * {@code flyway_schema_history_<module>}. On a database the root has built, that history starts from a baseline
 * at version 0, so a module's {@code V1} runs on an installed database and on a new one alike.</li>
 * </ul>
 * The root runs first, then the modules in the order of {@link #MODULES}, where each module comes after the modules
 * it depends on, so that a module's migration may rely on the published views of those modules.
 */
public final class ModuleMigrations {

    /** The folder of the migrations that belong to no single module. */
    public static final String ROOT = "__root";

    /**
     * The application's modules, each after the modules it depends on: the order in which their folders migrate.
     * Written out rather than worked out from the classes at every start; {@code ModularityTest} checks it against
     * the modules' dependencies and fails on a module that is missing.
     */
    public static final List<String> MODULES = List.of("rules", "shared", "audit", "backup", "calendar",
            "documents", "organisation", "outputs", "policy", "attendance", "eligibility", "reports", "security",
            "tasks", "demo", "evaluation", "rosters", "planning", "dashboard", "notifications", "home");

    /** A module's folder of migrations and the Flyway that runs them with the module's history. */
    public record Folder(String module, Flyway flyway) {

        public MigrationInfo[] pending() {
            return flyway.info().pending();
        }

        /** The newest version applied, or null when none is (a baseline counts as applied). */
        public String current() {
            MigrationInfo current = flyway.info().current();
            return current == null ? null : current.getVersion().getVersion();
        }
    }

    private final List<Folder> folders;

    private ModuleMigrations(List<Folder> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * The folders of {@link #MODULES} that hold migrations, after the root's.
     *
     * @param flyway the application's Flyway, configured with the parent location ({@code db/migration})
     */
    public static ModuleMigrations of(Flyway flyway) {
        return of(flyway, MODULES);
    }

    /**
     * The folders of these modules that hold migrations, after the root's.
     *
     * @param flyway  the application's Flyway, configured with the parent location ({@code db/migration})
     * @param modules modules in the order in which they migrate (none: the root alone)
     */
    public static ModuleMigrations of(Flyway flyway, List<String> modules) {
        ResourcePatternResolver resources =
                new PathMatchingResourcePatternResolver(flyway.getConfiguration().getClassLoader());
        List<Folder> folders = new ArrayList<>();
        for (String module : Stream.concat(Stream.of(ROOT), modules.stream()).toList()) {
            String[] locations = Arrays.stream(flyway.getConfiguration().getLocations())
                    .map(location -> location + "/" + module).toArray(String[]::new);
            if (!hasMigrations(resources, locations)) {
                continue;
            }
            var configuration = Flyway.configure().configuration(flyway.getConfiguration()).locations(locations);
            if (!module.equals(ROOT)) {
                configuration.table(flyway.getConfiguration().getTable() + "_" + module)
                        .baselineVersion("0").baselineOnMigrate(true);
            }
            folders.add(new Folder(module, configuration.load()));
        }
        return new ModuleMigrations(folders);
    }

    public List<Folder> folders() {
        return folders;
    }

    /** Migrates the root, then every module's folder in turn. */
    public void migrate() {
        folders.forEach(folder -> folder.flyway().migrate());
    }

    /** Every migration not yet applied, of any folder. */
    public List<MigrationInfo> pending() {
        return folders.stream().flatMap(folder -> Arrays.stream(folder.pending())).toList();
    }

    private static boolean hasMigrations(ResourcePatternResolver resources, String[] locations) {
        try {
            for (String location : locations) {
                Location folder = new Location(location);
                String prefix = folder.isFileSystem() ? "file:" : "classpath*:";
                if (resources.getResources(prefix + folder.getRootPath() + "/*.sql").length > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
