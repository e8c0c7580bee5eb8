package id.fleksi.reports;

import id.fleksi.shared.csv.CsvDialect;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Writes a report document in a format, straight to the response's stream. */
@Component
public class ReportFiles {

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
            case CSV -> csv(document, out, CsvDialect.of(locale));
            case XLSX -> xlsx.write(document, out, locale);
            case PDF -> pdf.write(document, out, locale);
        }
    }

    /**
     * CSV, UTF-8 with a byte order mark, in the reader's {@link CsvDialect}: the title, then each section's heading
     * and tables, one table after another with an empty line between them.
     */
    private static void csv(ReportDocument document, OutputStream out, CsvDialect dialect) throws IOException {
        CSVPrinter printer = dialect.start(out);
        dialect.line(printer, List.of(document.title()));
        if (document.subtitle() != null) {
            dialect.line(printer, List.of(document.subtitle()));
        }
        for (ReportDocument.Section section : document.sections()) {
            printer.println();
            dialect.line(printer, List.of(section.heading()));
            for (String paragraph : section.paragraphs()) {
                dialect.line(printer, List.of(paragraph));
            }
            for (ReportDocument.Table table : section.tables()) {
                if (table.caption() != null) {
                    dialect.line(printer, List.of(table.caption()));
                }
                dialect.line(printer, table.columns());
                for (List<Object> row : table.rows()) {
                    dialect.line(printer, row);
                }
            }
        }
        printer.flush();
    }
}
