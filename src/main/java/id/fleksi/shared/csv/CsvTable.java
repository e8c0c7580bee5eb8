package id.fleksi.shared.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, comma or semicolon
 * (Excel in an Indonesian locale writes semicolons), fields in double quotes where they hold the delimiter,
 * a quote or a line break. The first line names the columns; names are matched without regard to case.
 */
public final class CsvTable {

    private static final int BUFFER = 64 * 1024;
    private static final int NONE = -2;
    private static final char NOT_UTF8 = '\uFFFD';

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a whole file held in memory.
     *
     * @throws CsvException when it is not UTF-8 text, has no header line, or a quote is left open
     */
    public static CsvTable parse(byte[] content) {
        return parse(new ByteArrayInputStream(content == null ? new byte[0] : content));
    }

    /**
     * Reads a file as it arrives, character by character: only its rows are kept, never the whole text.
     *
     * @throws CsvException when it is not UTF-8 text, has no header line, or a quote is left open
     */
    public static CsvTable parse(InputStream content) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        try {
            Chars text = new Chars(new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER));
            if (text.peek() == '\uFEFF') {
                text.next();
            }
            char delimiter = text.delimiter();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int recordLine = 1;
            for (int c = text.next(); c >= 0; c = text.next()) {
                if (c == NOT_UTF8) {
                    // bytes that are not UTF-8 were decoded to the replacement character: said at their line
                    throw new CsvException("csv.error.encoding", line);
                }
                if (quoted) {
                    if (c == '"') {
                        if (text.peek() == '"') {
                            field.append('"');
                            text.next();
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == delimiter) {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && text.peek() == '\n') {
                        text.next();
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    addUnlessBlank(records, lines, record, recordLine);
                    record = new ArrayList<>();
                    line++;
                    recordLine = line;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new CsvException("csv.error.openQuote", recordLine);
            }
            record.add(field.toString());
            addUnlessBlank(records, lines, record, recordLine);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (records.isEmpty()) {
            throw new CsvException("csv.error.empty", 1);
        }
        List<String> header = records.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Row(lines.get(r), header, records.get(r)));
        }
        return new CsvTable(header, rows);
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The required columns this file lacks, in the order given. */
    public List<String> missingColumns(List<String> required) {
        return required.stream().filter(name -> !columns.contains(name.toLowerCase(Locale.ROOT))).toList();
    }

    private static void addUnlessBlank(List<List<String>> records, List<Integer> lines, List<String> record,
                                       int line) {
        if (record.stream().allMatch(String::isBlank)) {
            return;
        }
        records.add(record);
        lines.add(line);
    }

    /** The characters of a file, with one of lookahead. */
    private static final class Chars {

        private final BufferedReader reader;
        private int peeked = NONE;

        Chars(BufferedReader reader) {
            this.reader = reader;
        }

        int next() throws IOException {
            if (peeked != NONE) {
                int c = peeked;
                peeked = NONE;
                return c;
            }
            return reader.read();
        }

        int peek() throws IOException {
            if (peeked == NONE) {
                peeked = reader.read();
            }
            return peeked;
        }

        /**
         * The delimiter is the one the header line uses: a semicolon when it has more of those than commas. The
         * header is looked at ahead (up to {@value #BUFFER} characters) and read again by the parse.
         */
        char delimiter() throws IOException {
            long semicolons = peeked == ';' ? 1 : 0;
            long commas = peeked == ',' ? 1 : 0;
            if (peeked != '\n') {
                reader.mark(BUFFER);
                for (int i = 0, c = reader.read(); c >= 0 && c != '\n' && i < BUFFER - 1; i++, c = reader.read()) {
                    semicolons += c == ';' ? 1 : 0;
                    commas += c == ',' ? 1 : 0;
                }
                reader.reset();
            }
            return semicolons > commas ? ';' : ',';
        }
    }

    /** One data line: its line number in the file (for the report) and its fields by column name. */
    public static final class Row {

        private final int line;
        private final Map<String, String> fields;

        Row(int line, List<String> header, List<String> values) {
            this.line = line;
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), i < values.size() ? values.get(i).strip() : "");
            }
            this.fields = Collections.unmodifiableMap(byName);
        }

        public int line() {
            return line;
        }

        /** The field, stripped; empty when the column is missing or the cell blank. */
        public Optional<String> get(String column) {
            String value = fields.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** The field, stripped, or "" when the column is missing or the cell blank. */
        public String text(String column) {
            return get(column).orElse("");
        }
    }
}
