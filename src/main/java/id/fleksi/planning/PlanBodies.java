package id.fleksi.planning;

import id.fleksi.eligibility.VerdictViews.ExceptionView;
import id.fleksi.eligibility.VerdictViews.ViolationView;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.web.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The weekly plan API's bodies, as the contract writes them. */
final class PlanBodies {

    private PlanBodies() {
    }

    /** A plan: {nip, week, flexType, days: [...]}. */
    record PlanRequest(String nip, String week, WeekPlan.FlexType flexType, List<Day> days) {

        /** The plan, or a 400 naming the field that is missing or wrong. */
        WeekPlan toPlan() {
            if (nip == null || !nip.matches("\\d{18}")) {
                throw ApiProblem.field("nip", "planning.error.nip");
            }
            LocalDate monday = monday(week);
            return new WeekPlan(week, flexType, weekDays(monday, days));
        }
    }

    /** The days of the week starting on the Monday, or a 400 naming the field that is missing or wrong. */
    static List<PlanDay> weekDays(LocalDate monday, List<Day> days) {
        if (days == null || days.isEmpty()) {
            throw ApiProblem.field("days", "planning.error.days");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            if (day == null || day.date() == null || day.kind() == null) {
                throw ApiProblem.field("days[" + i + "]", "planning.error.day");
            }
            if (day.date().isBefore(monday) || day.date().isAfter(monday.plusDays(6))) {
                throw ApiProblem.field("days[" + i + "].date", "planning.error.dayOutsideWeek");
            }
            if (!seen.add(day.date())) {
                throw ApiProblem.field("days[" + i + "].date", "planning.error.dayTwice");
            }
            if ((day.start() == null) != (day.end() == null)) {
                throw ApiProblem.field("days[" + i + "]", "planning.error.times");
            }
            if (day.breakMinutes() != null && (day.breakMinutes() < 0 || day.breakMinutes() > 600)) {
                throw ApiProblem.field("days[" + i + "].breakMinutes", "planning.error.break");
            }
            if (day.note() != null && day.note().length() > 500) {
                throw ApiProblem.field("days[" + i + "].note", "planning.error.note");
            }
        }
        return days.stream().map(Day::toPlanDay).toList();
    }

    /** The Monday of an ISO week "2026-W48", or a 400 on the field {@code week}. */
    static LocalDate monday(String week) {
        if (week == null || !week.matches("\\d{4}-W\\d{2}")) {
            throw ApiProblem.field("week", "planning.error.week");
        }
        LocalDate monday;
        try {
            monday = new WeekPlan(week, null, List.of()).monday();
        } catch (IllegalArgumentException noSuchWeek) {
            throw ApiProblem.field("week", "planning.error.week");
        }
        if (monday.isBefore(Regulation.IN_FORCE_FROM)) {
            throw ApiProblem.field("week", "planning.error.weekBeforeRegulation");
        }
        return monday;
    }

    /** A plan day: {date, kind, start?, end?, breakMinutes?, officeUnitCode?, note?}. */
    record Day(LocalDate date, PlanDay.DayKind kind, LocalTime start, LocalTime end, Integer breakMinutes,
               String officeUnitCode, String note) {

        PlanDay toPlanDay() {
            return new PlanDay(date, kind, start, end, breakMinutes, blank(officeUnitCode), blank(note));
        }

        static Day of(PlanDay day) {
            return new Day(day.date(), day.kind(), day.start(), day.end(), day.breakMinutes(), day.officeUnitCode(),
                    day.note());
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The verdict: {valid, requiredMinutes, plannedMinutes, lokasiDays, violations, exceptionsApplied}. */
    record VerdictAnswer(boolean valid, int requiredMinutes, int plannedMinutes, int lokasiDays,
                         List<ViolationView> violations, List<ExceptionView> exceptionsApplied) {

        static VerdictAnswer of(PlanVerdict verdict, Locale locale) {
            return new VerdictAnswer(verdict.valid(), verdict.requiredMinutes(), verdict.plannedMinutes(),
                    verdict.lokasiDays(), verdict.violations().stream().map(v -> ViolationView.of(v, locale)).toList(),
                    verdict.exceptionsApplied().stream().map(e -> ExceptionView.of(e, locale)).toList());
        }
    }

    /** The answer to a submission: {id, status, verdict}. */
    record SubmissionAnswer(long id, PlanStatus status, VerdictAnswer verdict) {
    }

    /** A decision: {note?, reason?, version?}; {@code version} is the plan's version the decider read. */
    record DecisionRequest(String note, String reason, Long version) {
    }

    /** A plan as the API shows it: {@code decidedBy} the deciding account, {@code decidedByName} that person's name. */
    record PlanAnswer(long id, String nip, String name, String unitCode, String week, WeekPlan.FlexType flexType,
                      PlanStatus status, long version, Instant submittedAt, Instant decidedAt, String decidedBy,
                      String decidedByName, String decisionNote, List<Day> days, VerdictAnswer verdict,
                      List<PlanAmendment> amendments) {

        static PlanAnswer of(StoredPlan plan, PlanVerdict verdict, List<PlanAmendment> amendments, Locale locale) {
            PlanSummary s = plan.summary();
            return new PlanAnswer(s.id(), s.nip(), s.employeeName(), s.unitCode(), s.isoWeek(), s.flexType(),
                    s.status(), s.version(), s.submittedAt(), s.decidedAt(), s.decidedBy(), s.decidedByName(),
                    s.decisionNote(), plan.days().stream().map(Day::of).toList(), VerdictAnswer.of(verdict, locale),
                    List.copyOf(amendments));
        }
    }

    /** A plan in a list. */
    record PlanItem(long id, String nip, String name, String unitCode, String week, WeekPlan.FlexType flexType,
                    PlanStatus status, long version, int warnings, Instant submittedAt, Instant decidedAt,
                    String decidedBy, String decidedByName) {

        static PlanItem of(PlanSummary s) {
            return new PlanItem(s.id(), s.nip(), s.employeeName(), s.unitCode(), s.isoWeek(), s.flexType(),
                    s.status(), s.version(), s.warnings(), s.submittedAt(), s.decidedAt(), s.decidedBy(),
                    s.decidedByName());
        }
    }
}
