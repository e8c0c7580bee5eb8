package id.fleksi.shared.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * How a CSV file is written for a spreadsheet in the reader's language: Excel in an Indonesian locale separates
 * fields with a semicolon and reads "17,9" as a number with a decimal comma; in an English one a comma and
 * "17.9". Whatever the language, a text of digits that a spreadsheet would turn into a number (an 18-digit NIP
 * loses its last digits, a leading zero disappears) is written as the formula {@code ="…"}, which shows the
 * digits as they are; a text a spreadsheet would run as a formula gets a single quote in front. The same dialect
 * reads a file back: {@link CsvTable} takes the one whose separator the file's header line uses.
 */
public enum CsvDialect {

    INDONESIAN(';', ','),
    ENGLISH(',', '.');

    /** Digit texts from this length on lose digits in a spreadsheet (which keeps 15 significant digits). */
    public static final int LONGEST_SAFE_DIGITS = 11;

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    static final char BOM = '\uFEFF';

    private final char separator;
    private final char decimal;
    private final CSVFormat format;

    /**
     * RFC 4180 (double quotes, doubled inside, CRLF line ends) with the dialect's separator. Read leniently, as a
     * spreadsheet does: an empty line is kept for the reader to skip with its line number right, and text after a
     * closing quote belongs to the field ({@code "a"b} is {@code ab}).
     */
    CsvDialect(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
    }

    public static CsvDialect of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public char separator() {
        return separator;
    }

    CSVFormat format() {
        return format;
    }

    /**
     * Starts a CSV file on {@code out}, in UTF-8: writes the byte order mark and returns the printer its lines are
     * written with, by {@link #line(CSVPrinter, List)}. The caller flushes it; closing it would close {@code out}.
     */
    public CSVPrinter start(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        return new CSVPrinter(writer, format);
    }

    /**
     * One CSV line, CRLF-terminated: each cell as {@link #cell(Object)} writes it, in double quotes where RFC 4180
     * needs them (a separator, a quote or a line break in it) and, to be safe, where it starts with a space, "!" or
     * "#", ends with a space, or is the line's first cell and empty.
     */
    public void line(CSVPrinter printer, List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(this::cell));
    }

    /**
     * A cell's text, before quoting: numbers with the dialect's decimal mark and no grouping; digit texts kept as
     * text; a text starting with {@code = + - @}, a tab or a carriage return with a leading single quote (CSV
     * injection).
     */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell;
        if (value instanceof BigDecimal number) {
            cell = number.toPlainString().replace('.', decimal);
        } else if (value instanceof Double || value instanceof Float) {
            cell = BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString()
                    .replace('.', decimal);
        } else if (value instanceof Number) {
            cell = value.toString();
        } else {
            cell = String.valueOf(value);
            if (isDigitsASpreadsheetWouldChange(cell)) {
                cell = "=\"" + cell + "\"";
            } else if (startsLikeAFormula(cell)) {
                cell = "'" + cell;
            }
        }
        return cell;
    }

    /** Only ASCII digits, and either long enough to lose digits or starting with a zero that would be dropped. */
    public static boolean isDigitsASpreadsheetWouldChange(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return text.length() > LONGEST_SAFE_DIGITS || (text.length() > 1 && text.charAt(0) == '0');
    }

    public static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
