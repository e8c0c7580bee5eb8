package id.fleksi.reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Rows of one table written to an XLSX stream as they come, in bounded memory whatever their number: rows are
 * handed to the stream every {@value #FLUSH_EVERY}, texts are inline strings (no table of every distinct text
 * kept until the end), and past the {@value Worksheet#MAX_ROWS} rows a sheet holds, the table goes on in a next
 * sheet with the header row again. Texts are string cells, so a text starting with "=" never becomes a formula.
 */
final class XlsxRows {

    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final String sheetName;
    private final List<String> headings;
    private final double[] widths;
    private Worksheet sheet;
    private int sheets;
    private int row;

    /**
     * @param widths each column's width in characters
     */
    XlsxRows(OutputStream out, String sheetName, List<String> headings, double[] widths) throws IOException {
        this.workbook = new Workbook(out, "Fleksi", "1.0");
        this.sheetName = sheetName;
        this.headings = List.copyOf(headings);
        this.widths = widths.clone();
        newSheet();
    }

    /** One row: a {@link Number} as a number, a {@link LocalDate} as a date, {@code null} as nothing, else text. */
    void row(Object... cells) throws IOException {
        if (row == Worksheet.MAX_ROWS) {
            sheet.finish();
            newSheet();
        }
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell == null) {
                continue;
            }
            if (cell instanceof Number number) {
                sheet.value(row, c, number);
            } else if (cell instanceof LocalDate date) {
                sheet.value(row, c, date);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else {
                sheet.inlineString(row, c, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    private void newSheet() throws IOException {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        for (int c = 0; c < headings.size(); c++) {
            sheet.inlineString(0, c, headings.get(c));
            sheet.style(0, c).bold().fillColor("DDE4EE").set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }
}
