package id.fleksi.reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A report document as one XLSX sheet: the title on top, then the sections one after another, each table with a
 * bold header row, numbers as numbers and columns as wide as their contents; the signature at the end. Texts are
 * always string cells, so a text starting with "=" stays text and never becomes a formula.
 */
@Component
class XlsxDocuments {

    /** Rows written before they are handed to the stream, so that a long table does not pile up in memory. */
    private static final int FLUSH_EVERY = 1_000;

    private final MessageSource messages;

    XlsxDocuments(MessageSource messages) {
        this.messages = messages;
    }

    void write(ReportDocument document, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Fleksi", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("report.sheet.document", null, locale));
        widths(document, sheet);
        Sheet rows = new Sheet(sheet);
        rows.text(document.title()).style().bold().fontSize(14).set();
        rows.next();
        if (document.subtitle() != null) {
            rows.text(document.subtitle());
            rows.next();
        }
        for (ReportDocument.Section section : document.sections()) {
            rows.next();
            rows.text(section.heading()).style().bold().fontSize(12).set();
            rows.next();
            for (String paragraph : section.paragraphs()) {
                rows.text(paragraph);
                rows.next();
            }
            for (ReportDocument.Table table : section.tables()) {
                if (table.caption() != null) {
                    rows.text(table.caption()).style().italic().set();
                    rows.next();
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(rows.row, c, table.columns().get(c));
                    sheet.style(rows.row, c).bold().fillColor("DDE4EE").borderStyle("thin").wrapText(true).set();
                }
                rows.next();
                for (List<Object> cells : table.rows()) {
                    for (int c = 0; c < cells.size(); c++) {
                        Object cell = cells.get(c);
                        if (cell instanceof Number number) {
                            sheet.value(rows.row, c, number);
                        } else {
                            sheet.value(rows.row, c, String.valueOf(cell));
                        }
                    }
                    rows.next();
                }
                rows.next();
            }
        }
        ReportDocument.Signature signature = document.signature();
        if (signature != null) {
            rows.next();
            rows.text(messages.getMessage("report.signature.placeDate",
                    new Object[] {signature.place(), ReportDates.longDate(signature.date(), locale)}, locale));
            rows.next();
            rows.text(signature.office());
            rows.next();
            rows.next();
            rows.text(signature.name()).style().bold().set();
            rows.next();
            if (signature.nip() != null && !signature.nip().isBlank()) {
                rows.text(messages.getMessage("report.signature.nip", new Object[] {signature.nip()}, locale));
                rows.next();
            }
        }
        sheet.finish();
        workbook.finish();
        out.flush();
    }

    /** Each column as wide as its longest heading or cell, within bounds (a title or paragraph may run over). */
    private static void widths(ReportDocument document, Worksheet sheet) {
        int[] longest = new int[0];
        for (ReportDocument.Section section : document.sections()) {
            for (ReportDocument.Table table : section.tables()) {
                int columns = table.columns().size();
                if (longest.length < columns) {
                    longest = java.util.Arrays.copyOf(longest, columns);
                }
                for (int c = 0; c < columns; c++) {
                    longest[c] = Math.max(longest[c], table.columns().get(c).length());
                }
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < Math.min(columns, row.size()); c++) {
                        longest[c] = Math.max(longest[c], String.valueOf(row.get(c)).length());
                    }
                }
            }
        }
        for (int c = 0; c < longest.length; c++) {
            sheet.width(c, Math.min(60, Math.max(10, longest[c] + 2)));
        }
    }

    /** The row being written, handed to the stream every {@value #FLUSH_EVERY} rows. */
    private static final class Sheet {

        private final Worksheet sheet;
        private int row;

        Sheet(Worksheet sheet) {
            this.sheet = sheet;
        }

        Sheet text(String text) {
            sheet.value(row, 0, text);
            return this;
        }

        org.dhatim.fastexcel.StyleSetter style() {
            return sheet.style(row, 0);
        }

        void next() throws IOException {
            row++;
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
    }
}
