package id.fleksi.outputs;

import id.fleksi.organisation.DateText;
import id.fleksi.organisation.TextLength;
import id.fleksi.organisation.TextMatches;
import jakarta.validation.constraints.NotBlank;

/**
 * An output as the employee writes it, every value as text (the page's form and the API's body alike), so that a
 * wrong value is told beside its field.
 *
 * @param date        the day of the output, {@code 2026-12-07}: today or at most {@value WorkOutputs#DAYS_BACK} days back
 * @param taskCode    the code of one of the employee's tasks, or none
 * @param description what was done, 1 to {@value WorkOutputs#DESCRIPTION_MAX} characters
 * @param link        where the result can be seen, an {@code http} or {@code https} address, or none
 */
public record OutputInput(
        @NotBlank(message = "{outputs.error.date.required}") @DateText(message = "{outputs.error.date.format}")
        String date,
        @TextLength(max = 40, message = "{outputs.error.task}")
        String taskCode,
        @NotBlank(message = "{outputs.error.description.required}")
        @TextLength(max = WorkOutputs.DESCRIPTION_MAX, message = "{outputs.error.description.long}")
        String description,
        @TextLength(max = WorkOutputs.LINK_MAX, message = "{outputs.error.link}")
        @TextMatches(regexp = "(?i)https?://[^\\s\\p{Z}\\p{C}]+", message = "{outputs.error.link}")
        String link) {

    static OutputInput empty(String date) {
        return new OutputInput(date, null, null, null);
    }
}
