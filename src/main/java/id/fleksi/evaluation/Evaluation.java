package id.fleksi.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation of flexible work (Pasal 35) with its figures: those of the day it was finalized, or for a draft
 * those of its last computation.
 *
 * @param unitId            the evaluated unit (with its sub-units), {@code null} for the institution
 * @param signer            who signs: the head of the unit, or the PPK; {@code null} while a draft
 * @param figuresComputedAt when the figures were computed from the data; {@code null} in a list without figures
 */
public record Evaluation(long id, EvaluationLevel level, Long unitId, String unitCode, String unitName,
                         LocalDate periodFrom, LocalDate periodTo, EvaluationStatus status, String findings,
                         Recommendation recommendation, List<String> recommendationTasks, String openedBy,
                         Instant openedAt, String finalizedBy, Instant finalizedAt, LocalDate finalizedOn,
                         Signer signer, long version, EvaluationFigures figures, Instant figuresComputedAt) {

    public Evaluation {
        recommendationTasks = recommendationTasks == null ? List.of() : List.copyOf(recommendationTasks);
    }

    public boolean isFinal() {
        return status == EvaluationStatus.FINAL;
    }

    public boolean isInstitution() {
        return level == EvaluationLevel.INSTANSI;
    }

    /** Whether the findings and the recommendation are there, so that it may be finalized. */
    public boolean readyToFinalize() {
        return findings != null && !findings.isBlank() && recommendation != null
                && (!recommendation.namesTasks() || !recommendationTasks.isEmpty());
    }

    /** The name and NIP that sign the report (the NIP is empty for a PPK account that is no employee). */
    public record Signer(String name, String nip) {
    }
}
