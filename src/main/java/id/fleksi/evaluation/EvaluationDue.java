package id.fleksi.evaluation;

import id.fleksi.rules.LegalRef;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Violation;

import java.time.LocalDate;

/**
 * When the next institution evaluation is due (Pasal 35 ayat (2)) and, once it is overdue, the warning
 * EVALUASI_JATUH_TEMPO.
 *
 * @param countedFrom         the end of the last finalized institution evaluation's period, or the day the first
 *                            determination came into force
 * @param sinceLastEvaluation whether {@code countedFrom} is the end of an evaluated period
 * @param warning             the warning, or {@code null} while it is not overdue
 */
public record EvaluationDue(LocalDate countedFrom, boolean sinceLastEvaluation, LocalDate dueBy,
                            Violation warning) {

    public boolean overdue() {
        return warning != null;
    }

    public RuleCode rule() {
        return RuleCode.EVALUASI_JATUH_TEMPO;
    }

    public LegalRef article() {
        return RuleCode.EVALUASI_JATUH_TEMPO.article();
    }
}
