package id.fleksi.reports;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Writes a report document in a format, straight to the response's stream. */
@Component
public class ReportFiles {

    /** The byte order mark that makes Excel read a CSV file as UTF-8. */
    static final String BOM = "\uFEFF";

    private final XlsxDocuments xlsx;
    private final PdfDocuments pdf;

    ReportFiles(XlsxDocuments xlsx, PdfDocuments pdf) {
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    /**
     * Writes the document in the language of the current request (for the few words the format adds itself,
     * such as "Halaman 1 dari 3" in a PDF); the document's own texts are written as they are.
     */
    public void write(ReportDocument document, ReportFormat format, OutputStream out) throws IOException {
        write(document, format, out, LocaleContextHolder.getLocale());
    }

    /** Writes the document; {@code locale} is the language of the words the format adds itself. */
    public void write(ReportDocument document, ReportFormat format, OutputStream out, Locale locale)
            throws IOException {
        switch (format) {
            case CSV -> csv(document, out);
            case XLSX -> xlsx.write(document, out, locale);
            case PDF -> pdf.write(document, out, locale);
        }
    }

    /**
     * CSV, UTF-8 with a byte order mark, comma separated: the title, then each section's heading and tables, one
     * table after another with an empty line between them.
     */
    private static void csv(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        line(writer, List.of(document.title()));
        if (document.subtitle() != null) {
            line(writer, List.of(document.subtitle()));
        }
        for (ReportDocument.Section section : document.sections()) {
            writer.write("\r\n");
            line(writer, List.of(section.heading()));
            for (String paragraph : section.paragraphs()) {
                line(writer, List.of(paragraph));
            }
            for (ReportDocument.Table table : section.tables()) {
                if (table.caption() != null) {
                    line(writer, List.of(table.caption()));
                }
                line(writer, table.columns());
                for (List<Object> row : table.rows()) {
                    line(writer, row);
                }
            }
        }
        writer.flush();
    }

    /**
     * One CSV line; a cell with a comma, quote or line break is quoted, quotes doubled (RFC 4180). A text that a
     * spreadsheet would read as a formula gets a leading quote first (see {@link #cell(Object)}).
     */
    static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /**
     * A cell as CSV text. Spreadsheets run a text that starts with {@code = + - @}, a tab or a carriage return
     * as a formula (CSV injection), so such a text is written with a single quote in front, which they show as
     * text. Numbers are written as they are, a negative one included.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = String.valueOf(value);
        if (!(value instanceof Number) && startsLikeAFormula(cell)) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
