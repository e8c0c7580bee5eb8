package id.fleksi;

import id.fleksi.shared.database.ModuleMigrations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: every table and view the migrations create has one owner
 * ({@code modules/tables.txt}), and no module's SQL names a table of another module unless its owner publishes it.
 * The references that remain from before are listed in {@code modules/foreign-tables.txt}, to be removed one by
 * one: a new one fails, and so does one listed that is gone (so that the list only shrinks).
 */
class TableOwnershipTest {

    /** The demo loads sample data into every module's tables; the backup copies all tables as they are. */
    private static final Set<String> EVERY_TABLE = Set.of("demo", "backup");
    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(?:table|view|materialized\\s+view|function)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|delete\\s+from|using|truncate|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Path SOURCES = Path.of("src", "main", "java", "id", "fleksi");

    /**
     * Every table and view has an owner; one created in a module's folder of migrations
     * ({@code db/migration/<module>}, see {@code ModuleMigrations}) belongs to that module, and the module's
     * migrations touch no other module's tables beyond those published. The root folder ({@code __root}) holds
     * the schema from before the modules kept their own migrations.
     */
    @Test
    void everyTableAndViewHasOneOwnerAndModulesMigrateTheirOwn() throws IOException {
        Map<String, String> owners = owners();
        Set<String> published = published();
        Path migrations = Path.of("db", "migration");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String folder = migrations.relativize(file).getName(0).toString();
                assertThat(folder).as(file + " lies in a module's folder or the root's")
                        .isIn(Stream.concat(Stream.of(ModuleMigrations.ROOT), owners.values().stream()).toList());
                String sql = Files.readString(file);
                Matcher created = CREATED.matcher(sql);
                while (created.find()) {
                    String name = created.group(1).toLowerCase(Locale.ROOT);
                    if (!owners.containsKey(name)) {
                        wrong.add(name + " has no owner in modules/tables.txt (" + file + ")");
                    } else if (!folder.equals(ModuleMigrations.ROOT) && !owners.get(name).equals(folder)) {
                        wrong.add(name + " belongs to " + owners.get(name) + ", not to " + file);
                    }
                }
                if (!folder.equals(ModuleMigrations.ROOT)) {
                    Matcher named = NAMED.matcher(sql.replaceAll("--[^\\n]*", ""));
                    while (named.find()) {
                        String name = named.group(1).toLowerCase(Locale.ROOT);
                        String owner = owners.get(name);
                        if (owner != null && !owner.equals(folder) && !published.contains(name)) {
                            wrong.add(file + " touches " + name + " of " + owner);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTablesBeyondTheListedOnes() throws IOException {
        Map<String, String> owners = owners();
        Set<String> published = published();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                if (EVERY_TABLE.contains(name)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        for (String table : named(Files.readString(file))) {
                            String owner = owners.get(table);
                            if (owner != null && !owner.equals(name) && !published.contains(table)) {
                                found.add(name + "/" + module.relativize(file) + " " + table);
                            }
                        }
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>(lines("modules/foreign-tables.txt"));
        Set<String> added = new TreeSet<>(found);
        added.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(found);
        System.out.printf("Foreign table references: %d in %d files%n", found.size(),
                found.stream().map(f -> f.substring(0, f.indexOf(' '))).distinct().count());
        assertThat(added).as("SQL over another module's tables: read what the owner publishes instead").isEmpty();
        assertThat(gone).as("gone from the code: remove them from modules/foreign-tables.txt").isEmpty();
    }

    /** The tables named in the SQL of a Java source: in its string literals and text blocks. */
    static Set<String> named(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher named = NAMED.matcher(text);
            while (named.find()) {
                tables.add(named.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        for (String line : lines("modules/tables.txt")) {
            String[] parts = line.split(":", 2);
            if (parts[0].equals("published")) {
                continue;
            }
            for (String table : parts[1].trim().split("\\s+")) {
                String before = owners.put(table, parts[0]);
                assertThat(before).as(table + " has two owners").isNull();
            }
        }
        return owners;
    }

    private static Set<String> published() throws IOException {
        return lines("modules/tables.txt").stream().filter(line -> line.startsWith("published:"))
                .flatMap(line -> Stream.of(line.substring("published:".length()).trim().split("\\s+")))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = TableOwnershipTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
