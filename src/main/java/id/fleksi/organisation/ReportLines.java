package id.fleksi.organisation;

import id.fleksi.shared.csv.ImportReport;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/** The problems of an import in the reader's language, for the API answer and the report table alike. */
final class ReportLines {

    private ReportLines() {
    }

    static List<Line> of(ImportReport report, MessageSource messages, Locale locale) {
        return of(report.problems(), messages, locale);
    }

    static List<Line> of(List<ImportReport.Problem> problems, MessageSource messages, Locale locale) {
        return problems.stream()
                .map(problem -> new Line(problem.line(), problem.column(),
                        messages.getMessage(problem.messageKey(), problem.args().toArray(), locale)))
                .toList();
    }

    /** One problem: the line of the file (1 is the header), the column, what to correct. */
    record Line(int line, String column, String message) {
    }
}
