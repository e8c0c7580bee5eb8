package id.fleksi.shared.csv;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, comma or semicolon
 * (Excel in an Indonesian locale writes semicolons), fields in double quotes where they hold the delimiter,
 * a quote or a line break. The first line names the columns; names are matched without regard to case. Lines
 * with nothing but blanks are skipped.
 */
public final class CsvTable {

    /** How far the header line is looked at for its delimiter, in characters. */
    private static final int HEADER_LOOKAHEAD = 64 * 1024;
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
     * Reads a file as it arrives, record by record: only its rows are kept, never the whole text.
     *
     * @throws CsvException when it is not UTF-8 text, has no header line, or a quote is left open
     */
    public static CsvTable parse(InputStream content) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), HEADER_LOOKAHEAD);
            skipByteOrderMark(text);
            CSVParser parser = dialectOf(text).format().parse(text);
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // the parser reads a record on hasNext(): the lines it has passed so far end just before it
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!next(records, line)) {
                    break;
                }
                List<String> values = records.next().toList();
                requireUtf8(values, line);
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
                } else {
                    rows.add(new Row(line, header, values));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (header == null) {
            throw new CsvException("csv.error.empty", 1);
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

    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != CsvDialect.BOM) {
            text.reset();
        }
    }

    /**
     * The dialect whose delimiter the header line uses: a semicolon when it has more of those than commas. The
     * header is looked at ahead (up to {@value #HEADER_LOOKAHEAD} characters) and read again by the parser.
     */
    private static CsvDialect dialectOf(BufferedReader text) throws IOException {
        long semicolons = 0;
        long commas = 0;
        text.mark(HEADER_LOOKAHEAD);
        for (int i = 0, c = text.read(); c >= 0 && c != '\n' && i < HEADER_LOOKAHEAD - 1; i++, c = text.read()) {
            semicolons += c == ';' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }
        text.reset();
        return semicolons > commas ? CsvDialect.INDONESIAN : CsvDialect.ENGLISH;
    }

    /** Whether there is another record; a quote left open until the end of the file is said at its record's line. */
    private static boolean next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException unreadable) {
            if (unreadable.getCause() instanceof CSVException) {
                throw new CsvException("csv.error.openQuote", line);
            }
            throw unreadable;
        }
    }

    /**
     * Bytes that are not UTF-8 were decoded to the replacement character: said at their own line, the record's
     * first line plus the line breaks before them inside its quoted fields.
     */
    private static void requireUtf8(List<String> values, int line) {
        int at = line;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == NOT_UTF8) {
                    throw new CsvException("csv.error.encoding", at);
                }
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    at++;
                }
            }
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
