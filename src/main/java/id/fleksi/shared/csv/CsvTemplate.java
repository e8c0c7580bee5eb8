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
 * import reads it. No example row: a row left in by mistake would be imported.
 */
public final class CsvTemplate {

    private CsvTemplate() {
    }

    public static void write(HttpServletResponse response, String fileName, List<String> columns, Locale locale)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName + ".csv").build().toString());
        CsvDialect dialect = CsvDialect.of(locale);
        CSVPrinter printer = dialect.start(response.getOutputStream());
        dialect.line(printer, columns);
        printer.flush();
    }
}
