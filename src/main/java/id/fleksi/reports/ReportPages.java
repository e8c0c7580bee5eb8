package id.fleksi.reports;

import id.fleksi.attendance.DiscrepancyWeeks;
import id.fleksi.organisation.Organisation;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The reports page ({@code /laporan}) of the PPK and HR and its downloads: the determination report for the
 * Minister and the raw export of plans for a period. A period the export refuses shows the page again with the
 * reason next to the field.
 */
@PageController
class ReportPages {

    static final String VIEW = "reports/index";

    private final ReportDownloads downloads;
    private final Organisation organisation;
    private final DiscrepancyWeeks discrepancyWeeks;

    ReportPages(ReportDownloads downloads, Organisation organisation, DiscrepancyWeeks discrepancyWeeks) {
        this.downloads = downloads;
        this.organisation = organisation;
        this.discrepancyWeeks = discrepancyWeeks;
    }

    @GetMapping("/laporan")
    String index(@AuthenticationPrincipal Actor actor, Model model) {
        ReportAccess.check(actor);
        LocalDate today = downloads.today();
        LocalDate lastMonth = today.minusMonths(1);
        return page(model, today, lastMonth.with(TemporalAdjusters.firstDayOfMonth()),
                lastMonth.with(TemporalAdjusters.lastDayOfMonth()), "csv");
    }

    @GetMapping("/laporan/penetapan")
    String determination(@AuthenticationPrincipal Actor actor,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate date,
                         @RequestParam(required = false) String format, Locale locale,
                         HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        ReportFormat wanted = format == null || format.isBlank() ? ReportFormat.PDF
                : ReportFormat.named(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (!downloads.determination(actor, date, wanted, locale, response)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return null;
    }

    @GetMapping("/laporan/rencana")
    String plans(@AuthenticationPrincipal Actor actor,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String format, Locale locale, Model model,
                 HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        String formatName = format == null || format.isBlank() ? "csv" : format.strip();
        try {
            ReportFormat wanted = ReportFormat.named(formatName)
                    .orElseThrow(() -> new ReportPeriod.Refused("format", "report.error.format"));
            downloads.plans(actor, ReportPeriod.of(from, to), wanted, locale, response);
            return null;
        } catch (ReportPeriod.Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", refused.field());
            model.addAttribute("errorKey", refused.messageKey());
            return page(model, downloads.today(), from, to, formatName);
        }
    }

    @GetMapping("/laporan/selisih-kehadiran")
    String discrepancies(@AuthenticationPrincipal Actor actor,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String unit, @RequestParam(required = false) String format,
                         Locale locale, Model model, HttpServletResponse response) throws IOException {
        ReportAccess.check(actor);
        String formatName = format == null || format.isBlank() ? "xlsx" : format.strip();
        try {
            ReportFormat wanted = ReportFormat.named(formatName)
                    .orElseThrow(() -> new ReportPeriod.Refused("discrepancy-format", "report.error.format"));
            if (downloads.discrepancies(actor, ReportPeriod.of(from, to), unit, wanted, locale, response)) {
                return null;
            }
            throw new ReportPeriod.Refused("unit", "report.error.noUnitHere");
        } catch (ReportPeriod.Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("discrepancyErrorField", refused.field().startsWith("discrepancy-") ? refused.field()
                    : "discrepancy-" + refused.field());
            model.addAttribute("discrepancyErrorKey", refused.messageKey());
            LocalDate today = downloads.today();
            LocalDate lastMonth = today.minusMonths(1);
            model.addAttribute("discrepancyFrom", from);
            model.addAttribute("discrepancyTo", to);
            model.addAttribute("discrepancyUnit", unit);
            return page(model, today, lastMonth.with(TemporalAdjusters.firstDayOfMonth()),
                    lastMonth.with(TemporalAdjusters.lastDayOfMonth()), "csv");
        }
    }

    private String page(Model model, LocalDate today, LocalDate from, LocalDate to, String format) {
        model.addAttribute("institution", organisation.institution());
        model.addAttribute("today", today);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("format", format);
        model.addAttribute("maxDays", ReportPeriod.MAX_DAYS);
        model.addAttribute("discrepancyMaxDays", DiscrepancyReport.MAX_DAYS);
        if (!model.containsAttribute("discrepancyFrom")) {
            LocalDate monday = DiscrepancyReport.lastMonday(today);
            model.addAttribute("discrepancyFrom", monday);
            model.addAttribute("discrepancyTo", monday.plusDays(6));
        }
        DiscrepancyWeeks.Status weeks = discrepancyWeeks.status();
        model.addAttribute("weeks", weeks);
        model.addAttribute("weeksLatest", weeks.latest() == null ? null
                : weeks.latest().atZone(InstitutionTime.ZONE).toLocalDateTime());
        model.addAttribute("weeksMax", DiscrepancyWeeks.MAX_WEEKS);
        if (!model.containsAttribute("weeksFrom")) {
            model.addAttribute("weeksFrom", DiscrepancyReport.lastMonday(today).minusWeeks(DiscrepancyWeeks.RECENT_WEEKS - 1));
            model.addAttribute("weeksTo", today.minusDays(1));
        }
        return VIEW;
    }
}
