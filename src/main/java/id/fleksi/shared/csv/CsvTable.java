package id.fleksi.shared.csv;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
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

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a whole file.
     *
     * @throws CsvException when it is not UTF-8 text, has no header line, or a quote is left open
     */
    public static CsvTable parse(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiterOf(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                addUnlessBlank(records, lines, record, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException("csv.error.openQuote", recordLine);
        }
        record.add(field.toString());
        addUnlessBlank(records, lines, record, recordLine);
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

    /** The delimiter is the one the header line uses: a semicolon when it has more of those than commas. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new CsvException("csv.error.encoding", 1);
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
