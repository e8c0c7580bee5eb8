package id.fleksi.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the institution's next evaluation of flexible work is due.
 *
 * <p>Pasal 35 ayat (2): monitoring and evaluation are carried out at least once every 6 months. The months count
 * from the end of the period of the last finalized institution-level evaluation; with none yet, from the day the
 * institution's first determination came into force.
 */
public final class EvaluationSchedule {

    private EvaluationSchedule() {
    }

    /** The last day an evaluation is still on time, counted from the day the previous one covered to. */
    public static LocalDate dueBy(LocalDate countedFrom) {
        return countedFrom.plusMonths(Regulation.EVALUATION_INTERVAL_MONTHS.valueOn(countedFrom));
    }

    /**
     * EVALUASI_JATUH_TEMPO, a warning, when more than 6 months have passed on {@code today}.
     *
     * @param countedFrom the end of the last finalized institution evaluation's period, or the day the first
     *                    determination came into force; {@code null} when there is neither
     */
    public static Optional<Violation> overdue(LocalDate countedFrom, LocalDate today) {
        if (countedFrom == null || !today.isAfter(dueBy(countedFrom))) {
            return Optional.empty();
        }
        LocalDate due = dueBy(countedFrom);
        return Optional.of(Violation.warning(RuleCode.EVALUASI_JATUH_TEMPO, Text.of(
                "Evaluasi fleksibilitas kerja tingkat instansi sudah jatuh tempo sejak " + Dates.id(due)
                        + " (paling sedikit 1 kali dalam 6 bulan, dihitung dari " + Dates.id(countedFrom)
                        + "). Mulai dan finalkan evaluasi instansi.",
                "The institution-level evaluation of flexible work has been due since " + Dates.en(due)
                        + " (at least once every 6 months, counted from " + Dates.en(countedFrom)
                        + "). Start and finalize the institution evaluation.")).on(due));
    }
}
