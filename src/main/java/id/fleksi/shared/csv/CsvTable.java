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
import java.util.NoSuchElementException;
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
        Reader reader = read(content);
        List<Row> rows = new ArrayList<>();
        while (reader.hasNext()) {
            rows.add(reader.next());
        }
        return new CsvTable(reader.columns(), rows);
    }

    /**
     * Opens a file to be read row by row as it arrives, for files too large to hold: the header line is read at
     * once, each row when asked for, and none is kept.
     *
     * @throws CsvException when it is not UTF-8 text or has no header line; a quote left open or bytes that are
     *                      not UTF-8 further on are thrown by the reader's {@code hasNext()} at their line
     */
    public static Reader read(InputStream content) {
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), HEADER_LOOKAHEAD);
            skipByteOrderMark(text);
            CSVParser parser = dialectOf(text).format().parse(text);
            return new Reader(parser);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
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

    /** A file's rows in turn, after its header line; blank lines are skipped. */
    public static final class Reader implements Iterator<Row> {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private Row next;
        /** The line of the record read last. */
        private int lastLine;

        private Reader(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
            List<String> values = nextValues();
            if (values == null) {
                throw new CsvException("csv.error.empty", 1);
            }
            this.header = values.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        }

        /** The column names of the header line, in lower case. */
        public List<String> columns() {
            return header;
        }

        /** The required columns this file lacks, in the order given. */
        public List<String> missingColumns(List<String> required) {
            return required.stream().filter(name -> !header.contains(name.toLowerCase(Locale.ROOT))).toList();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                List<String> values = nextValues();
                if (values != null) {
                    next = new Row(lastLine, header, values);
                }
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private int currentLine() {
            // the parser reads a record on hasNext(): the lines it has passed so far end just before it
            return (int) parser.getCurrentLineNumber() + 1;
        }

        /** The next record that is not blank, or null at the end of the file. */
        private List<String> nextValues() {
            while (true) {
                int line = currentLine();
                if (!CsvTable.next(records, line)) {
                    return null;
                }
                List<String> values = records.next().toList();
                requireUtf8(values, line);
                if (!values.stream().allMatch(String::isBlank)) {
                    lastLine = line;
                    return values;
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
