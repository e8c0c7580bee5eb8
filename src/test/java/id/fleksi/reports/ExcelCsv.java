package id.fleksi.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV file opened as Excel opens it in a locale: UTF-8 only behind a byte order mark, fields split at the
 * locale's list separator, and each field turned into what the spreadsheet's cell holds: a formula
 * {@code ="…"} shows its text, a number in the locale's notation becomes a number (of at most 15 significant
 * digits, as Excel keeps), a day and month such as "17.9" becomes a date, an ISO date a date, anything else
 * text. Another formula is marked as one: a file that makes Excel run a formula is wrong.
 */
public final class ExcelCsv {

    /** A cell Excel would run as a formula. */
    public record Formula(String text) {
    }

    /** A cell Excel turns into a date it made up from a day and a month. */
    public record DayAndMonth(String text) {
    }

    private static final Pattern DIGITS = Pattern.compile("-?\\d+");
    private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}[./-]\\d{1,2}([./-]\\d{2,4})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TEXT_FORMULA = Pattern.compile("=\"([^\"]*)\"");

    private ExcelCsv() {
    }

    /** The cells of each line, as Excel with this list separator and decimal mark shows them. */
    public static List<List<Object>> open(byte[] file, char separator, char decimal) {
        if (file.length < 3 || (file[0] & 0xFF) != 0xEF || (file[1] & 0xFF) != 0xBB || (file[2] & 0xFF) != 0xBF) {
            throw new AssertionError("without a byte order mark Excel reads the file in the system's code page");
        }
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<List<Object>> sheet = new ArrayList<>();
        for (List<String> record : CsvRecords.parse(text, separator)) {
            sheet.add(record.stream().map(field -> cell(field, decimal)).toList());
        }
        return sheet;
    }

    /** The first row whose first cells are these, with the rows after it up to the next empty line. */
    public static List<List<Object>> table(List<List<Object>> sheet, List<String> header) {
        for (int i = 0; i < sheet.size(); i++) {
            List<Object> row = sheet.get(i);
            if (row.size() >= header.size() && row.subList(0, header.size()).equals(header)) {
                List<List<Object>> rows = new ArrayList<>();
                for (int j = i + 1; j < sheet.size() && !(sheet.get(j).size() == 1 && "".equals(sheet.get(j).get(0)));
                     j++) {
                    rows.add(sheet.get(j));
                }
                return rows;
            }
        }
        throw new AssertionError("no row starts with " + header);
    }

    public static Object cell(String field, char decimal) {
        var textFormula = TEXT_FORMULA.matcher(field);
        if (textFormula.matches()) {
            return textFormula.group(1);
        }
        if (field.startsWith("=") || field.startsWith("+") || field.startsWith("@")
                || (field.startsWith("-") && !DIGITS.matcher(field.replace(decimal, '0')).matches())) {
            return new Formula(field);
        }
        if (field.isEmpty()) {
            return "";
        }
        if (ISO_DATE.matcher(field).matches()) {
            return LocalDate.parse(field);
        }
        String number = field;
        int mark = field.indexOf(decimal);
        if (mark >= 0 && field.indexOf(decimal, mark + 1) < 0) {
            number = field.substring(0, mark) + field.substring(mark + 1);
            if (DIGITS.matcher(number).matches() && mark > 0 && mark < field.length() - 1) {
                return new BigDecimal(field.replace(decimal, '.'));
            }
        }
        if (DIGITS.matcher(field).matches()) {
            return new BigDecimal(field).round(new MathContext(15));
        }
        if (DAY_MONTH.matcher(field).matches()) {
            return new DayAndMonth(field);
        }
        return field;
    }
}
