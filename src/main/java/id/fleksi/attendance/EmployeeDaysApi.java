package id.fleksi.attendance;

import com.fasterxml.jackson.annotation.JsonFormat;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * An employee's days, plan and actual side by side: {@code GET /api/employees/{nip}/days?from=&to=} answers per
 * day the approved plan's day, the attendance of every source, the outputs and the reconciliation's findings
 * ({@code {rule, severity, article, message}}), and per week the minutes required and worked. Within the caller's
 * scope: their own days, their units' for a head, all for HR and the PPK; anyone else's is 404. Without dates, the
 * current week up to today; at most {@value EmployeeDays#MAX_DAYS} days.
 */
@ApiController("/api/employees/{nip}/days")
class EmployeeDaysApi {

    private final EmployeeDays days;
    private final Clock clock;

    EmployeeDaysApi(EmployeeDays days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    record PlanView(long planId, String week, String flexType, String kind, @JsonFormat(pattern = "HH:mm") LocalTime start,
                    @JsonFormat(pattern = "HH:mm") LocalTime end, Integer breakMinutes, String officeUnitCode,
                    String note) {
    }

    /** One source's record of the day, its times as the attendance systems send them ("07:30"). */
    record RecordView(String source, @JsonFormat(pattern = "HH:mm") LocalTime checkIn,
                      @JsonFormat(pattern = "HH:mm") LocalTime checkOut, String where, String officeUnitCode) {

        static RecordView of(EmployeeDays.Record record) {
            return new RecordView(record.source(), record.checkIn(), record.checkOut(), record.where(),
                    record.officeUnitCode());
        }
    }

    record FindingView(String rule, String severity, String article, String message) {

        static FindingView of(Violation violation, Locale locale) {
            return new FindingView(violation.rule().name(), violation.severity().name(),
                    violation.article().article(), violation.message().in(locale));
        }
    }

    /**
     * @param expected what the day expected: the plan's kind of day, KANTOR on a working day without an approved
     *                 plan, {@code null} when nothing (a weekend, a holiday)
     */
    record DayView(LocalDate date, PlanView plan, String expected, List<RecordView> attendance,
                   List<EmployeeDays.Output> outputs, int workedMinutes, List<FindingView> findings) {
    }

    record WeekView(String week, LocalDate monday, int requiredMinutes, int workedMinutes, boolean complete) {
    }

    record Answer(String nip, String name, LocalDate from, LocalDate to, List<DayView> days, List<WeekView> weeks) {
    }

    @GetMapping
    Answer days(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        LocalDate last = to != null ? to : InstitutionTime.today(clock);
        LocalDate first = from != null ? from : last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (first.isAfter(last)) {
            throw ApiProblem.field("from", "attendance.days.error.order");
        }
        if (EmployeeDays.length(first, last) > EmployeeDays.MAX_DAYS) {
            throw ApiProblem.field("to", "attendance.days.error.tooLong");
        }
        Locale locale = Languages.fromAcceptLanguage(language);
        EmployeeDays.Period period = days.of(actor, nip, first, last)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "attendance.days.problem.noEmployee", nip));
        return new Answer(period.nip(), period.name(), period.from(), period.to(),
                period.days().stream().map(day -> view(day, locale)).toList(),
                period.weeks().stream().map(week -> new WeekView(week.week(), week.monday(), week.requiredMinutes(),
                        week.workedMinutes(), week.complete())).toList());
    }

    private static DayView view(EmployeeDays.Day day, Locale locale) {
        PlanView plan = null;
        if (day.plan() != null) {
            PlanDay planned = day.plan().day();
            plan = new PlanView(day.plan().planId(), day.plan().week(), day.plan().flexType().name(),
                    planned.kind().name(), planned.start(), planned.end(), planned.breakMinutes(),
                    planned.officeUnitCode(), planned.note());
        }
        return new DayView(day.date(), plan, day.expected() == null ? null : day.expected().kind().name(),
                day.attendance().stream().map(RecordView::of).toList(), day.outputs(), day.worked(),
                day.findings().stream().map(finding -> FindingView.of(finding, locale)).toList());
    }
}
