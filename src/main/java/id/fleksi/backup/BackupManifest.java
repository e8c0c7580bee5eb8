package id.fleksi.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup file holds, written as its entry {@value #ENTRY}: the schema version the data belongs to (the
 * root's, and each module's that has a history of its own, see {@code ModuleMigrations}), and
 * for every table its columns and number of rows (its data is the entry {@code data/<table>}, in the text
 * format of PostgreSQL's {@code COPY}), and every sequence's value.
 */
record BackupManifest(int format, Instant created, String schemaVersion, Map<String, String> moduleVersions,
                      List<Table> tables, List<Sequence> sequences) {

    static final String ENTRY = "backup.properties";
    static final int FORMAT = 1;
    private static final String MODULE_VERSION = "schema-version.";

    record Table(String name, List<String> columns, long rows) {

        String entry() {
            return "data/" + name;
        }
    }

    /** A sequence's value; {@code called} false when no value has been taken from it yet. */
    record Sequence(String name, long value, boolean called) {
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("created", created.toString());
        p.setProperty("schema-version", schemaVersion);
        moduleVersions.forEach((module, version) -> p.setProperty(MODULE_VERSION + module, version));
        p.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table t : tables) {
            p.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
            p.setProperty("table." + t.name() + ".rows", Long.toString(t.rows()));
        }
        p.setProperty("sequences", String.join(",", sequences.stream().map(Sequence::name).toList()));
        for (Sequence s : sequences) {
            p.setProperty("sequence." + s.name(), s.value() + "," + s.called());
        }
        p.store(out, "Fleksi backup");
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        int format = Integer.parseInt(required(p, "format"));
        if (format != FORMAT) {
            throw new IOException("backup format " + format + " is not known to this version of Fleksi");
        }
        List<Table> tables = new ArrayList<>();
        for (String name : names(p.getProperty("tables"))) {
            tables.add(new Table(name, names(required(p, "table." + name + ".columns")),
                    Long.parseLong(required(p, "table." + name + ".rows"))));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String name : names(p.getProperty("sequences"))) {
            String[] value = required(p, "sequence." + name).split(",");
            sequences.add(new Sequence(name, Long.parseLong(value[0]), Boolean.parseBoolean(value[1])));
        }
        Map<String, String> moduleVersions = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(MODULE_VERSION)) {
                moduleVersions.put(key.substring(MODULE_VERSION.length()), p.getProperty(key));
            }
        }
        return new BackupManifest(format, Instant.parse(required(p, "created")), required(p, "schema-version"),
                moduleVersions, tables, sequences);
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IOException("the backup's manifest lacks " + key);
        }
        return value;
    }

    private static List<String> names(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
