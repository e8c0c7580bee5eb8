package id.fleksi.shared.csv;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The empty file an import reads, to be filled in a spreadsheet: the header row only, in the reader's
 * {@link CsvDialect} and UTF-8 with a byte order mark, so that Excel opens it in columns and saves it back as the
 * import reads it. No example row unless the import asks for one: a row left in by mistake would be imported.
 */
public final class CsvTemplate {

    private CsvTemplate() {
    }

    public static void write(HttpServletResponse response, String fileName, List<String> columns, Locale locale)
            throws IOException {
        write(response, fileName, columns, List.of(), locale);
    }

    /**
     * The header row and example rows below it, for an import whose rows cannot be imported by mistake as they
     * are (an example that names no real employee is refused, with its line).
     */
    public static void write(HttpServletResponse response, String fileName, List<String> columns,
                             List<? extends List<?>> examples, Locale locale) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName + ".csv").build().toString());
        CsvDialect dialect = CsvDialect.of(locale);
        CSVPrinter printer = dialect.start(response.getOutputStream());
        dialect.line(printer, columns);
        for (List<?> example : examples) {
            dialect.line(printer, example);
        }
        printer.flush();
    }
}
