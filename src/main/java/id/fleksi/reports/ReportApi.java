package id.fleksi.reports;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Report downloads for the PPK and HR: the determination report for the Minister (Pasal 31) as PDF, XLSX or CSV,
 * and every plan day of a period as CSV or XLSX. Each answers with {@code Content-Disposition: attachment} and is
 * recorded in the audit trail.
 */
@ApiController("/api/reports")
class ReportApi {

    private final ReportDownloads downloads;

    ReportApi(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    /** The determination in force on {@code date} (today when left out); {@code format} pdf (default), xlsx or csv. */
    @GetMapping("/determination")
    void determination(@AuthenticationPrincipal Actor actor,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @RequestParam(required = false) String format,
                       @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                       HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        ReportFormat wanted = format(format, ReportFormat.PDF);
        if (!downloads.determination(actor, date, wanted, Languages.fromAcceptLanguage(language), response)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "report.error.noDetermination");
        }
    }

    /** Every plan day from {@code from} to {@code to} (at most 366 days); {@code format} csv (default) or xlsx. */
    @GetMapping("/plans")
    void plans(@AuthenticationPrincipal Actor actor,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestParam(required = false) String format,
               @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
               HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        ReportFormat wanted = format(format, ReportFormat.CSV);
        try {
            downloads.plans(actor, ReportPeriod.of(from, to), wanted, Languages.fromAcceptLanguage(language),
                    response);
        } catch (ReportPeriod.Refused refused) {
            throw ApiProblem.field(refused.field(), refused.messageKey());
        }
    }

    /**
     * The discrepancies between plan and actual from {@code from} to {@code to} (at most 93 days), of the
     * institution or of the unit {@code unit} with its sub-units; {@code format} csv (default), xlsx or pdf.
     */
    @GetMapping("/attendance-discrepancies")
    void discrepancies(@AuthenticationPrincipal Actor actor,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) String unit, @RequestParam(required = false) String format,
                       @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                       HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        ReportFormat wanted = format(format, ReportFormat.CSV);
        try {
            if (!downloads.discrepancies(actor, ReportPeriod.of(from, to), unit, wanted,
                    Languages.fromAcceptLanguage(language), response)) {
                throw ApiProblem.of(HttpStatus.NOT_FOUND, "report.error.noUnit", unit);
            }
        } catch (ReportPeriod.Refused refused) {
            throw ApiProblem.field(refused.field(), refused.messageKey());
        }
    }

    private static ReportFormat format(String name, ReportFormat otherwise) {
        if (name == null || name.isBlank()) {
            return otherwise;
        }
        return ReportFormat.named(name).orElseThrow(() -> ApiProblem.field("format", "report.error.format"));
    }
}
