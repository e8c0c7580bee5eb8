package id.fleksi.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * A decision on a request for a special circumstance: {@code APPROVED} or {@code REJECTED}, with a note. The head
 * in scope recommends (approved) or not (rejected) a request as asked; HR then approves or rejects it.
 */
record CircumstanceDecisionInput(
        @NotBlank(message = "{circumstance.error.decision}")
        @Choice(values = {"APPROVED", "REJECTED"}, message = "{circumstance.error.decision}") String decision,
        @TextLength(max = PersonnelInput.NOTE_MAX, message = "{personnel.error.tooLong1000}") String note) {

    boolean approved() {
        return "APPROVED".equalsIgnoreCase(decision.strip());
    }
}
