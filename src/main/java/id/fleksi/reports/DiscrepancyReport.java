package id.fleksi.reports;

import id.fleksi.attendance.Discrepancies;
import id.fleksi.rules.RuleCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The discrepancy report of a period for HR and the PPK: how plan and actual differ, rule by rule with its article,
 * per unit and for the employees with the most findings (Pasal 35 ayat (3) huruf c: the evaluation looks at the
 * employees' discipline). The figures come from {@link Discrepancies}, counted in SQL.
 */
@Service
class DiscrepancyReport {

    /** The longest period of one report: a quarter. */
    static final int MAX_DAYS = 93;
    /** The employees listed at most; the others are counted. */
    static final int EMPLOYEES = 2_000;

    private final Discrepancies discrepancies;
    private final MessageSource messages;

    DiscrepancyReport(Discrepancies discrepancies, MessageSource messages) {
        this.discrepancies = discrepancies;
        this.messages = messages;
    }

    /** The report, or empty when there is no unit of that code. */
    Optional<ReportDocument> of(ReportPeriod period, String unitCode, Locale locale) {
        return discrepancies.of(period.from(), period.to(), unitCode, EMPLOYEES)
                .map(report -> document(report, locale));
    }

    private ReportDocument document(Discrepancies.Report report, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        String scope = report.unitCode() == null ? say(locale, "report.discrepancy.institution")
                : say(locale, "report.discrepancy.unit", report.unitCode());
        Discrepancies.Counts totals = report.totals();
        List<ReportDocument.Section> sections = new ArrayList<>();

        List<List<Object>> ruleRows = new ArrayList<>();
        for (RuleCode rule : Discrepancies.RULES) {
            ruleRows.add(List.of(rule.name(), say(locale, "eligibility.rule." + rule.name()),
                    rule.article().article(), totals.of(rule)));
        }
        sections.add(new ReportDocument.Section(say(locale, "report.discrepancy.summary"), List.of(
                say(locale, "report.discrepancy.summary.staff", totals.employees(), totals.judgedDays(),
                        report.employeesWithFindings()),
                say(locale, "report.discrepancy.summary.hours", totals.weeksShort(), hours(totals.minutesShort()))),
                List.of(new ReportDocument.Table(say(locale, "report.discrepancy.rules.caption"),
                        List.of(say(locale, "report.discrepancy.col.rule"), say(locale, "report.discrepancy.col.name"),
                                say(locale, "report.discrepancy.col.article"),
                                say(locale, "report.discrepancy.col.findings")), ruleRows))));

        List<List<Object>> unitRows = report.units().stream()
                .map(unit -> row(List.of(unit.code(), unit.name()), unit.counts(), true)).toList();
        sections.add(new ReportDocument.Section(say(locale, "report.discrepancy.units"), List.of(),
                List.of(new ReportDocument.Table(null, columns(locale, true), unitRows))));

        List<String> listed = new ArrayList<>();
        if (report.employeesWithFindings() > report.employees().size()) {
            listed.add(say(locale, "report.discrepancy.employees.more", report.employees().size(),
                    report.employeesWithFindings()));
        }
        if (report.employees().isEmpty()) {
            listed.add(say(locale, "report.discrepancy.employees.none"));
        }
        List<List<Object>> employeeRows = report.employees().stream()
                .map(person -> row(List.of(person.nip(), person.name(), person.unitCode()), person.counts(), false))
                .toList();
        sections.add(new ReportDocument.Section(say(locale, "report.discrepancy.employees"), listed,
                List.of(new ReportDocument.Table(null, columns(locale, false), employeeRows))));

        return new ReportDocument("selisih-kehadiran-" + (report.unitCode() == null ? "instansi" : report.unitCode())
                + "-" + report.from() + "-" + report.to(), say(locale, "report.discrepancy.title"),
                say(locale, "report.discrepancy.subtitle", scope, report.from().format(day), report.to().format(day),
                        report.judgedUntil().format(day)), sections, null);
    }

    private List<String> columns(Locale locale, boolean units) {
        List<String> columns = new ArrayList<>(units
                ? List.of(say(locale, "report.discrepancy.col.unitCode"), say(locale, "report.discrepancy.col.unitName"),
                say(locale, "report.discrepancy.col.staff"))
                : List.of(say(locale, "report.discrepancy.col.nip"), say(locale, "report.discrepancy.col.person"),
                say(locale, "report.discrepancy.col.unitCode")));
        columns.add(say(locale, "report.discrepancy.col.judgedDays"));
        columns.add(say(locale, "report.discrepancy.col.absent"));
        columns.add(say(locale, "report.discrepancy.col.elsewhere"));
        columns.add(say(locale, "report.discrepancy.col.offHours"));
        columns.add(say(locale, "report.discrepancy.col.incomplete"));
        columns.add(say(locale, "report.discrepancy.col.weeksShort"));
        columns.add(say(locale, "report.discrepancy.col.hoursShort"));
        columns.add(say(locale, "report.discrepancy.col.noOutput"));
        return columns;
    }

    private static List<Object> row(List<Object> first, Discrepancies.Counts counts, boolean staff) {
        List<Object> row = new ArrayList<>(first);
        if (staff) {
            row.add(counts.employees());
        }
        row.add(counts.judgedDays());
        row.add(counts.absent());
        row.add(counts.elsewhere());
        row.add(counts.offHours());
        row.add(counts.incomplete());
        row.add(counts.weeksShort());
        row.add(hours(counts.minutesShort()));
        row.add(counts.noOutput());
        return row;
    }

    /** Minutes as hours and minutes, "7.25". */
    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%d.%02d", minutes / 60, minutes % 60);
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Whether the report may cover the period: at most {@value #MAX_DAYS} days. */
    static void check(ReportPeriod period) {
        if (period.to().toEpochDay() - period.from().toEpochDay() + 1 > MAX_DAYS) {
            throw new ReportPeriod.Refused("to", "report.error.discrepancyTooLong");
        }
    }

    static LocalDate lastMonday(LocalDate today) {
        return today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
    }
}
