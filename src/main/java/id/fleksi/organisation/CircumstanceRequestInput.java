package id.fleksi.organisation;

import jakarta.validation.constraints.NotBlank;

/**
 * What an employee sends to ask for a special circumstance, as text the way a form or a multipart request gives it:
 * the kind, the period (ISO dates, the end not before the start) and the reason. The files come beside it.
 */
@EndNotBeforeStart
record CircumstanceRequestInput(
        @NotBlank(message = "{personnel.error.required}")
        @Choice(of = CircumstanceKind.class, message = "{circumstance.error.kind}") String kind,
        @NotBlank(message = "{personnel.error.required}") @DateText(message = "{personnel.error.date}") String from,
        @NotBlank(message = "{personnel.error.required}") @DateText(message = "{personnel.error.date}") String to,
        @NotBlank(message = "{personnel.error.required}")
        @TextLength(max = PersonnelInput.NOTE_MAX, message = "{personnel.error.tooLong1000}") String reason)
        implements EndNotBeforeStart.Period {

    static CircumstanceRequestInput empty() {
        return new CircumstanceRequestInput(null, null, null, null);
    }
}
