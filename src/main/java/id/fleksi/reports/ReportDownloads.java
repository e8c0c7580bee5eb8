package id.fleksi.reports;

import id.fleksi.audit.AuditTrail;
import id.fleksi.rules.PlanDay;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.csv.CsvDialect;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The downloads of the reports module, for the API and the pages alike: each is recorded in the audit trail (who,
 * which report, which day or period, which format) before its first byte is written, then written straight to
 * the response.
 */
@Service
class ReportDownloads {

    static final String EXPORTED = "REPORT_EXPORTED";
    /** The statuses of a weekly plan as the planning module stores them. */
    static final List<String> PLAN_STATUSES = List.of("SUBMITTED", "APPROVED", "REJECTED");

    private final DeterminationReport determination;
    private final DiscrepancyReport discrepancies;
    private final PlanExport plans;
    private final ReportFiles files;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportDownloads(DeterminationReport determination, DiscrepancyReport discrepancies, PlanExport plans,
                    ReportFiles files, AuditTrail audit, MessageSource messages, TransactionTemplate transaction,
                    Clock clock) {
        this.determination = determination;
        this.discrepancies = discrepancies;
        this.plans = plans;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    LocalDate today() {
        return InstitutionTime.today(clock);
    }

    /**
     * The determination report on {@code day} (today when {@code null}) in the format asked; false, and nothing
     * written, when no determination is in force that day.
     */
    boolean determination(Actor actor, LocalDate day, ReportFormat format, Locale locale,
                          HttpServletResponse response) throws IOException {
        LocalDate today = today();
        LocalDate on = day == null ? today : day;
        Optional<ReportDocument> document = determination.on(on, today, actor, locale);
        if (document.isEmpty()) {
            return false;
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("report", "determination");
        what.put("day", on.toString());
        what.put("format", format.extension());
        record(actor, "DETERMINATION_REPORT", on.toString(), what);
        attachment(response, document.get().fileName(), format);
        files.write(document.get(), format, response.getOutputStream(), locale);
        return true;
    }

    /**
     * The discrepancies between plan and actual of the period, for the institution or a unit with its sub-units;
     * false, and nothing written, when there is no unit of that code.
     */
    boolean discrepancies(Actor actor, ReportPeriod period, String unitCode, ReportFormat format, Locale locale,
                          HttpServletResponse response) throws IOException {
        DiscrepancyReport.check(period);
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        Optional<ReportDocument> document = discrepancies.of(period, unit, locale);
        if (document.isEmpty()) {
            return false;
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("report", "attendance-discrepancies");
        what.put("from", period.from().toString());
        what.put("to", period.to().toString());
        what.put("unit", unit);
        what.put("format", format.extension());
        record(actor, "DISCREPANCY_REPORT", period.from() + ".." + period.to(), what);
        attachment(response, document.get().fileName(), format);
        files.write(document.get(), format, response.getOutputStream(), locale);
        return true;
    }

    /** Every plan day of the period, as CSV or XLSX, streamed from the database. */
    void plans(Actor actor, ReportPeriod period, ReportFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        if (format == ReportFormat.PDF) {
            throw new ReportPeriod.Refused("format", "report.error.rawFormat");
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("report", "plans");
        what.put("from", period.from().toString());
        what.put("to", period.to().toString());
        what.put("format", format.extension());
        record(actor, "PLAN_EXPORT", period.from() + ".." + period.to(), what);
        attachment(response, "rencana-kerja-" + period.from() + "-" + period.to(), format);
        plans.write(period.from(), period.to(), format, planLabels(locale), response.getOutputStream());
    }

    /** The export's headings, sheet name, day kinds and statuses in the reader's language. */
    private PlanExport.Labels planLabels(Locale locale) {
        List<String> headings = PlanExport.COLUMNS.stream()
                .map(column -> messages.getMessage("report.plans.col." + column, null, locale)).toList();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PlanDay.DayKind kind : PlanDay.DayKind.values()) {
            kinds.put(kind.name(), messages.getMessage("report.plans.kind." + kind.name(), null, locale));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String status : PLAN_STATUSES) {
            statuses.put(status, messages.getMessage("report.plans.status." + status, null, locale));
        }
        return new PlanExport.Labels(headings, messages.getMessage("report.sheet.plans", null, locale), kinds,
                statuses, CsvDialect.of(locale));
    }

    private void record(Actor actor, String subjectType, String subjectKey, Map<String, Object> what) {
        transaction.executeWithoutResult(status ->
                audit.record(actor, EXPORTED, subjectType, subjectKey, null, what));
    }

    private static void attachment(HttpServletResponse response, String fileName, ReportFormat format) {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName + "." + format.extension()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
