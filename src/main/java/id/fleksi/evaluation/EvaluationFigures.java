package id.fleksi.evaluation;

import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.Predikat;
import id.fleksi.shared.InstitutionTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an evaluation finds in the data of its period, for the three aspects of Pasal 35: the organisation's
 * performance (plans, coverage of the units, service indicators), the employees' performance supporting their
 * unit (who worked flexibly, their performance predicates) and discipline. Language-neutral (codes and numbers),
 * so that a finalized evaluation keeps them as they stood and each reader reads them in their own language.
 *
 * @param employees              the active employees placed in the evaluated units, with anyone else who worked
 *                               flexibly under them in the period
 * @param participants           employees with at least one approved plan of flexible work in the period
 * @param usage                  per type of flexible work, the employees who used it
 * @param locationDaysByEmployee location days per employee: everyone's, or in a large institution those of the
 *                               employees with the most ({@code FigureCalculator.MAX_EMPLOYEE_ROWS})
 * @param locationDaysEmployees  how many employees had location days (0 in figures kept before it was counted)
 * @param coverageBreaches       the unit-days below the minimum presence (Pasal 27): all, or in a large institution
 *                               the first {@code FigureCalculator.MAX_BREACH_ROWS} by date and unit
 * @param coverageBreachDays     how many unit-days fell below it (0 in figures kept before it was counted)
 * @param predicateYear          predicates are the latest recorded for a year up to this one
 * @param unitEvaluations        the institution level only: the units' finalized evaluations of the period
 * @param unitsWithoutEvaluation the institution level only: units no finalized unit evaluation of the period covers
 * @param outputs                the participants' work outputs of the period reviewed and accepted (Pasal 35 ayat (3)
 *                               huruf b); null in figures kept before they were counted
 * @param achievements           the SKP achievements of participants and non-participants for periods overlapping
 *                               the evaluation's (Pasal 35 ayat (3) huruf b); null in figures kept before they were
 *                               counted
 * @param attendanceDiscrepancies the discrepancies between plan and attendance of the period's weeks, as the
 *                               attendance module stores them (Pasal 35 ayat (3) huruf c); null in figures kept
 *                               before they were counted
 */
public record EvaluationFigures(int employees, int participants, List<TypeUsage> usage, PlanCounts plans,
                                List<EmployeeLocationDays> locationDaysByEmployee, int locationDaysEmployees,
                                List<DayLocationDays> locationDaysByDay, List<RuleCount> violations,
                                List<CoverageBreach> coverageBreaches, int coverageBreachDays, Discipline discipline,
                                int predicateYear,
                                List<PredicateCount> predicates, List<UnitFigures> perUnit,
                                List<IndicatorValue> serviceIndicators, List<UnitEvaluationSummary> unitEvaluations,
                                List<UnitName> unitsWithoutEvaluation, OutputReview outputs,
                                Achievements achievements, AttendanceDiscrepancies attendanceDiscrepancies) {

    public EvaluationFigures {
        usage = List.copyOf(usage);
        locationDaysByEmployee = List.copyOf(locationDaysByEmployee);
        locationDaysByDay = List.copyOf(locationDaysByDay);
        violations = List.copyOf(violations);
        coverageBreaches = List.copyOf(coverageBreaches);
        predicates = List.copyOf(predicates);
        perUnit = List.copyOf(perUnit);
        serviceIndicators = List.copyOf(serviceIndicators);
        unitEvaluations = unitEvaluations == null ? List.of() : List.copyOf(unitEvaluations);
        unitsWithoutEvaluation = unitsWithoutEvaluation == null ? List.of() : List.copyOf(unitsWithoutEvaluation);
    }

    /** The unit-days below the minimum presence, also in figures kept before they were counted apart. */
    public int breachDays() {
        return Math.max(coverageBreachDays, coverageBreaches.size());
    }

    public int participantsPercent() {
        return percent(participants, employees);
    }

    /** A share in whole percent, rounded half up; 0 of nothing is 0. */
    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }

    /**
     * The participants' work outputs dated in the period, as the outputs module publishes them: those reviewed
     * (accepted or returned), those accepted among them and their share, and those still waiting for review.
     */
    public record OutputReview(int reviewed, int accepted, int returned, int waiting, int acceptedPercent) {

        static OutputReview of(int accepted, int returned, int waiting) {
            return new OutputReview(accepted + returned, accepted, returned, waiting,
                    percent(accepted, accepted + returned));
        }
    }

    /**
     * The SKP achievements (nilai capaian SKP) recorded for appraisal periods overlapping the evaluation's, compared
     * between who worked flexibly and who did not.
     */
    public record Achievements(Group participants, Group nonParticipants) {

        /**
         * A group of employees, how many of them have an achievement of such a period, and the average of their
         * scores: each employee's average over their periods, then the group's, to two decimals (null without any).
         */
        public record Group(int employees, int withAchievement, BigDecimal averageScore) {
        }
    }

    /**
     * The findings of plan against attendance (Pasal 35 ayat (3) huruf c) of the weeks that belong to the period (a
     * week belongs to the period of its Thursday), read from the weeks the attendance module stores: per rule, the
     * findings and the employees with one, participants apart from non-participants; and for all rules together,
     * each group's employees, those with a finding and their share.
     *
     * @param firstWeek   the Monday of the period's first week
     * @param lastWeek    the Monday of its last week
     * @param weeks       how many weeks belong to the period
     * @param notCounted  the Mondays of the period's weeks not stored yet, stored before their end or whose data
     *                    changed since (their findings are missing or may be out of date)
     * @param countedUpTo the latest time one of the period's weeks was stored; null when none was
     */
    public record AttendanceDiscrepancies(LocalDate firstWeek, LocalDate lastWeek, int weeks,
                                          List<LocalDate> notCounted, Instant countedUpTo, List<RuleFindings> rules,
                                          Findings participants, Findings nonParticipants) {

        public AttendanceDiscrepancies {
            notCounted = List.copyOf(notCounted);
            rules = List.copyOf(rules);
        }

        /** The latest storing in the institution's time (WIB); null when none. */
        public LocalDateTime countedUpToWib() {
            return countedUpTo == null ? null : countedUpTo.atZone(InstitutionTime.ZONE).toLocalDateTime();
        }

        /** The findings of one rule, with the article of the rules' catalogue. */
        public record RuleFindings(String rule, String article, Findings participants, Findings nonParticipants) {
        }

        /** A group of employees: how many, how many had a finding, the findings, and the share with one. */
        public record Findings(int employees, int withFindings, int findings, int percent) {

            static Findings of(int employees, int withFindings, int findings) {
                return new Findings(employees, withFindings, findings,
                        EvaluationFigures.percent(withFindings, employees));
            }
        }
    }

    /** The employees who used a type of flexible work in the period, and their share of all employees. */
    public record TypeUsage(FlexibilityType type, int employees, int percent) {
    }

    /** The plans of the period's weeks by status, with their shares. */
    public record PlanCounts(int total, int approved, int rejected, int waiting, int approvedPercent,
                             int rejectedPercent, int waitingPercent) {

        static PlanCounts of(int approved, int rejected, int waiting) {
            int total = approved + rejected + waiting;
            return new PlanCounts(total, approved, rejected, waiting, percent(approved, total),
                    percent(rejected, total), percent(waiting, total));
        }
    }

    /** An employee's days away from the placement office on location flexibility (Pasal 12 ayat (1)). */
    public record EmployeeLocationDays(String nip, String name, String unitCode, int kantorLain, int rumah,
                                       int lokasiLain, int total) {
    }

    /** The employees away from their placement office on one day, by location. */
    public record DayLocationDays(LocalDate date, int kantorLain, int rumah, int lokasiLain, int total) {
    }

    /** A rule the submitted plans' verdicts found: how often, and in how many plans. */
    public record RuleCount(String rule, String article, int occurrences, int plans) {
    }

    /** A working day on which a unit's share in the office fell below the PPK's minimum (Pasal 27). */
    public record CoverageBreach(LocalDate date, String unitCode, String unitName, int staff, int inOffice,
                                 int inOfficePercent, int minimumPercent) {
    }

    /** Disciplinary cases (Pasal 25 ayat (1) huruf a) open at some time in the period. */
    public record Discipline(Group participants, Group nonParticipants, Group all) {

        /** A group of employees, how many of them had a case, the cases, and the share with one. */
        public record Group(int employees, int withCases, int cases, int percent) {

            static Group of(int employees, int withCases, int cases) {
                return new Group(employees, withCases, cases, EvaluationFigures.percent(withCases, employees));
            }
        }
    }

    /** How many participants and non-participants hold a predicate; {@code predikat} null: none recorded. */
    public record PredicateCount(Predikat predikat, int participants, int nonParticipants) {
    }

    /** One unit of the evaluated ones on its own. */
    public record UnitFigures(String unitCode, String unitName, int staff, int participants, int lokasi, int dinamis,
                              int sif, int approved, int rejected, int waiting, int coverageBreaches) {
    }

    /**
     * A service indicator of a unit whose period overlaps the evaluation's (Pasal 35 ayat (3) huruf a): its
     * realisation ({@code value}), the target and baseline when recorded, whether the target is met, and the same
     * indicator's realisation in the unit's previous period when there is one. All but the first seven are null in
     * figures kept before they were counted, and when not recorded.
     *
     * @param targetMet null without a target; a target below the baseline is met at or below it (the lower the
     *                  better, e.g. days to answer a complaint), any other at or above it
     */
    public record IndicatorValue(String unitCode, String unitName, String name, BigDecimal value, String measure,
                                 LocalDate periodFrom, LocalDate periodTo, BigDecimal target, BigDecimal baseline,
                                 Boolean targetMet, BigDecimal previousValue, LocalDate previousFrom,
                                 LocalDate previousTo, Boolean lowerIsBetter) {
    }

    /** A unit's finalized evaluation, as the institution evaluation reads it from its frozen figures. */
    public record UnitEvaluationSummary(long id, String unitCode, String unitName, LocalDate periodFrom,
                                        LocalDate periodTo, Recommendation recommendation, List<String> tasks,
                                        LocalDate finalizedOn, String signerName, int employees, int participants,
                                        int approved, int rejected, int coverageBreaches) {

        public UnitEvaluationSummary {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    public record UnitName(String code, String name) {
    }
}
