package id.fleksi.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The application's schema as PostgreSQL's catalog describes it. */
final class Catalog {

    static final String HISTORY = "flyway_schema_history";

    private Catalog() {
    }

    /** The root's schema version: the newest migration its history ({@code flyway_schema_history}) holds. */
    static String schemaVersion(Connection connection) throws SQLException {
        String version = version(connection, HISTORY);
        if (version == null) {
            throw new IllegalStateException("the database has no migrated schema");
        }
        return version;
    }

    /** Each module's schema version, from its own history ({@code flyway_schema_history_<module>}). */
    static Map<String, String> moduleVersions(Connection connection) throws SQLException {
        Map<String, String> versions = new TreeMap<>();
        for (String table : tables(connection)) {
            if (table.startsWith(HISTORY + "_")) {
                String version = version(connection, table);
                if (version != null) {
                    versions.put(table.substring(HISTORY.length() + 1), version);
                }
            }
        }
        return versions;
    }

    /** Whether the table is one of the migrations' histories, the root's or a module's. */
    static boolean isHistory(String table) {
        return table.equals(HISTORY) || table.startsWith(HISTORY + "_");
    }

    private static String version(Connection connection, String history) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select version from %s
                where success and version is not null order by installed_rank desc limit 1"""
                .formatted(DatabaseBackup.quoted(history)));
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""");
    }

    /** The columns a {@code COPY} can write and read: not dropped, not generated. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, """
                select a.attname from pg_attribute a
                where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""", table);
    }

    static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select sequencename, coalesce(last_value, start_value), last_value is not null
                from pg_sequences where schemaname = current_schema() order by sequencename""");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sequences.add(new BackupManifest.Sequence(r.getString(1), r.getLong(2), r.getBoolean(3)));
            }
        }
        return sequences;
    }

    /**
     * The definitions ({@code CREATE INDEX ...}) of the indexes on these tables that back no constraint (no primary
     * key, unique or exclusion constraint), in the order of their names.
     */
    static List<String> looseIndexes(Connection connection, List<String> tables) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select pg_get_indexdef(i.indexrelid) from pg_index i
                join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
                join pg_class x on x.oid = i.indexrelid
                where n.nspname = current_schema() and t.relname = any(?)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by x.relname""")) {
            s.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    definitions.add(r.getString(1));
                }
            }
        }
        return definitions;
    }

    /** The index a {@code CREATE [UNIQUE] INDEX name ON ...} definition makes. */
    static String indexName(String definition) {
        String[] words = definition.split("\\s+");
        return words[1].equalsIgnoreCase("UNIQUE") ? words[3] : words[2];
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        return !strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname = ?""", table).isEmpty();
    }

    private static List<String> strings(Connection connection, String sql, String... params)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }
}
