package id.fleksi.shared.csv;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;

/**
 * An {@link ImportReport} as the API answers it: whether every row was stored (all or none), how many rows the file
 * had, and each problem at its line and column in the caller's language; 200 when stored, 422 when refused.
 */
public record ImportAnswer(boolean imported, int rows, List<Error> errors) {

    public ImportAnswer {
        errors = List.copyOf(errors);
    }

    /** The report as an answer in the reader's language. */
    public static ResponseEntity<ImportAnswer> of(ImportReport report, MessageSource messages, Locale locale) {
        List<Error> errors = report.problems().stream()
                .map(p -> new Error(p.line(), p.column(), messages.getMessage(p.messageKey(), p.args().toArray(),
                        locale)))
                .toList();
        return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportAnswer(report.imported(), report.rows(), errors));
    }

    /** A problem of one line of the file (line 0: the file as a whole) and column. */
    public record Error(int line, String column, String message) {
    }
}
