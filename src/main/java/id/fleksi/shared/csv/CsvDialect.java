package id.fleksi.shared.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How a CSV file is written for a spreadsheet in the reader's language: Excel in an Indonesian locale separates
 * fields with a semicolon and reads "17,9" as a number with a decimal comma; in an English one a comma and
 * "17.9". Whatever the language, a text of digits that a spreadsheet would turn into a number (an 18-digit NIP
 * loses its last digits, a leading zero disappears) is written as the formula {@code ="…"}, which shows the
 * digits as they are; a text a spreadsheet would run as a formula gets a single quote in front.
 */
public enum CsvDialect {

    INDONESIAN(';', ','),
    ENGLISH(',', '.');

    /** Digit texts from this length on lose digits in a spreadsheet (which keeps 15 significant digits). */
    public static final int LONGEST_SAFE_DIGITS = 11;

    private final char separator;
    private final char decimal;

    CsvDialect(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    public static CsvDialect of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public char separator() {
        return separator;
    }

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    public static final String BOM = "\uFEFF";

    /** One CSV line, CRLF-terminated. */
    public void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * A cell as CSV text: numbers with the dialect's decimal mark and no grouping; digit texts kept as text; a
     * text starting with {@code = + - @}, a tab or a carriage return with a leading single quote (CSV injection);
     * quoted when it holds the separator, a quote or a line break (RFC 4180).
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
        if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
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
