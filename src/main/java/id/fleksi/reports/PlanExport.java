package id.fleksi.reports;

import id.fleksi.shared.csv.CsvDialect;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every plan day of a period, one row per employee per day, written to the stream as the database hands the rows
 * over: a forward-only cursor ({@value #FETCH_SIZE} rows at a time) in a read-only transaction, each row written
 * at once, never a list of them, so that the memory used does not grow with the period.
 */
@Component
class PlanExport {

    static final int FETCH_SIZE = 1_000;

    /** The columns, in order; the headings come from the caller, in the reader's language. */
    static final List<String> COLUMNS = List.of("nip", "name", "unit", "date", "week", "kind", "start", "end",
            "break", "status", "decidedBy");

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final double[] WIDTHS = {21, 30, 14, 12, 10, 14, 8, 8, 10, 12, 20};

    private static final String FROM = """
            from plan_day_directory d
                join plan_directory p on p.id = d.plan_id
                join employee_directory e on e.id = p.employee_id
                join unit_directory u on u.id = p.unit_id
            where d.day between %s and %s
            order by d.day, u.code, e.nip""";

    private static final String ROWS = """
            select e.nip, e.name, u.code, d.day, p.iso_week, d.kind, d.start_time, d.end_time, d.break_minutes,
                   p.status, coalesce(p.decided_by_name, p.decided_by)
            """ + FROM.formatted("?", "?");

    /**
     * The same rows as CSV written by PostgreSQL itself ({@code COPY ... TO STDOUT}) in the reader's
     * {@link CsvDialect}: quoted as RFC 4180 wants, times as "07:30", kinds and statuses in the reader's words, a
     * NIP as {@code ="…"} so that a spreadsheet keeps its 18 digits, and a text a spreadsheet would run as a
     * formula with a single quote in front, as {@link CsvDialect#cell(Object)} writes them.
     */
    private static final String CSV_ROWS = """
            copy (select %s, %s, %s, d.day, p.iso_week, %%s, to_char(d.start_time, 'HH24:MI'),
                         to_char(d.end_time, 'HH24:MI'), d.break_minutes, %%s, %s
                  %s)
            to stdout with (format csv, delimiter '%%s')""".formatted(nipAsText("e.nip"), quoted("e.name"),
            quoted("u.code"), quoted("coalesce(p.decided_by_name, p.decided_by)"), FROM);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    PlanExport(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Writes the plan days from {@code from} to {@code to} (both included) as CSV (UTF-8 with a byte order mark) or
     * XLSX, in the reader's words of {@code labels}.
     *
     * @return the number of rows written, the header row aside
     */
    long write(LocalDate from, LocalDate to, ReportFormat format, Labels labels, OutputStream out)
            throws IOException {
        return switch (format) {
            case CSV -> csv(from, to, labels, out);
            case XLSX -> xlsx(from, to, labels, out);
            case PDF -> throw new IllegalArgumentException("The plans are exported as CSV or XLSX");
        };
    }

    /**
     * The CSV: the byte order mark and the headings, then the rows as PostgreSQL writes them, its line ends made
     * CRLF on the way.
     */
    private long csv(LocalDate from, LocalDate to, Labels labels, OutputStream out) throws IOException {
        CSVPrinter headings = labels.dialect().start(out);
        labels.dialect().line(headings, labels.headings());
        headings.flush();
        // the dates are LocalDates, written as ISO digits, and the labels SQL literals of the application's own
        // messages: nothing of the caller's text reaches the statement
        String copy = CSV_ROWS.formatted(labels.sql("d.kind", labels.kinds()), labels.sql("p.status",
                labels.statuses()), "date '" + from + "'", "date '" + to + "'", labels.dialect().separator());
        CrlfLines lines = new CrlfLines(out);
        try {
            Long rows = readOnly.execute(status -> jdbc.execute((ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, lines);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            lines.flush();
            return rows == null ? 0 : rows;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A NIP column as the CSV writes it: as {@code ="…"}, as {@link CsvDialect#cell(Object)} writes digits longer
     * than a spreadsheet keeps. A NIP is always 18 digits (the check on {@code employee.nip}), so no row needs
     * looking at (measured: 7% of the statement's time on a week of a ministry's plan days).
     */
    private static String nipAsText(String column) {
        return "'=\"' || %s || '\"'".formatted(column);
    }

    /** A text column as the CSV writes it: with a single quote in front when it starts like a formula. */
    private static String quoted(String column) {
        return "case when left(%1$s, 1) in ('=', '+', '-', '@', E'\\t', E'\\r') then '''' || %1$s else %1$s end"
                .formatted(column);
    }

    /** Writes LF line ends as CRLF, as the rest of Fleksi's CSV files end their lines. */
    private static final class CrlfLines extends FilterOutputStream {

        private final byte[] buffer = new byte[1 << 16];
        private int used;

        CrlfLines(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (used + 2 > buffer.length) {
                drain();
            }
            if (b == '\n') {
                buffer[used++] = '\r';
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    private long xlsx(LocalDate from, LocalDate to, Labels labels, OutputStream out) throws IOException {
        XlsxRows xlsx = new XlsxRows(out, labels.sheetName(), labels.headings(), WIDTHS);
        long rows = each(from, to, labels, xlsx::row);
        xlsx.finish();
        out.flush();
        return rows;
    }

    /** Hands each row over as its cells, in the order of {@link #COLUMNS}; the array is reused from row to row. */
    private long each(LocalDate from, LocalDate to, Labels labels, RowWriter writer) throws IOException {
        Object[] cells = new Object[COLUMNS.size()];
        long[] count = {0};
        RowCallbackHandler handler = rs -> {
            read(rs, cells, labels);
            try {
                writer.write(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        };
        try {
            readOnly.executeWithoutResult(status -> jdbc.query(ROWS, statement -> {
                statement.setDate(1, Date.valueOf(from));
                statement.setDate(2, Date.valueOf(to));
            }, handler));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static void read(ResultSet rs, Object[] cells, Labels labels) throws SQLException {
        cells[0] = rs.getString(1);
        cells[1] = rs.getString(2);
        cells[2] = rs.getString(3);
        cells[3] = rs.getObject(4, LocalDate.class);
        cells[4] = rs.getString(5);
        cells[5] = labels.kinds().getOrDefault(rs.getString(6), rs.getString(6));
        cells[6] = time(rs.getObject(7, LocalTime.class));
        cells[7] = time(rs.getObject(8, LocalTime.class));
        int breakMinutes = rs.getInt(9);
        cells[8] = rs.wasNull() ? null : breakMinutes;
        cells[9] = labels.statuses().getOrDefault(rs.getString(10), rs.getString(10));
        cells[10] = rs.getString(11);
    }

    /** A time as "07:30". */
    private static String time(LocalTime time) {
        return time == null ? null : HOURS.format(time);
    }

    /**
     * The reader's words: a heading per {@link #COLUMNS}, the spreadsheet's sheet name, a label per day kind and
     * per plan status, and the CSV's dialect.
     */
    record Labels(List<String> headings, String sheetName, Map<String, String> kinds, Map<String, String> statuses,
                  CsvDialect dialect) {

        Labels {
            if (headings.size() != COLUMNS.size()) {
                throw new IllegalArgumentException("One heading per column: " + COLUMNS);
            }
            headings = List.copyOf(headings);
            kinds = Map.copyOf(kinds);
            statuses = Map.copyOf(statuses);
        }

        /** A CASE expression naming each value of {@code column} by its label, as SQL literals. */
        String sql(String column, Map<String, String> labels) {
            StringBuilder sql = new StringBuilder("case ").append(column);
            new TreeMap<>(labels).forEach((value, label) -> sql.append(" when ").append(literal(value))
                    .append(" then ").append(literal(CsvDialect.startsLikeAFormula(label) ? "'" + label : label)));
            return sql.append(" else ").append(column).append(" end").toString();
        }

        private static String literal(String text) {
            return "'" + text.replace("'", "''") + "'";
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Object[] cells) throws IOException;
    }
}
