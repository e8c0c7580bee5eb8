package id.fleksi.outputs;

import id.fleksi.organisation.DateText;
import id.fleksi.organisation.TextLength;
import id.fleksi.organisation.TextMatches;
import jakarta.validation.constraints.NotBlank;

/**
 * A row of an output import as the file holds it, every value as text, checked by its constraints before the
 * database is asked (the employee, their tasks, the record stored before).
 *
 * @param externalId  the record's id in the source ({@code id_kinerja}), at most {@value OutputImport#ID_MAX} characters
 * @param nip         the employee's NIP, 18 digits
 * @param date        the day of the output, {@code 2026-12-07}, not after today
 * @param taskCode    the code of one of the employee's tasks ({@code kode_tugas}), or none
 * @param description what was done ({@code uraian}), 1 to {@value WorkOutputs#DESCRIPTION_MAX} characters
 * @param link        where the result can be seen ({@code tautan}), an {@code http(s)} address, or none
 */
record ImportedOutput(
        @NotBlank(message = "{outputs.import.error.id}")
        @TextLength(max = OutputImport.ID_MAX, message = "{outputs.import.error.id}")
        @TextMatches(regexp = "[^\\p{Cc}]+", message = "{outputs.import.error.id}")
        String externalId,
        @NotBlank(message = "{outputs.import.error.nip}")
        @TextMatches(regexp = "\\d{18}", message = "{outputs.import.error.nip}")
        String nip,
        @NotBlank(message = "{outputs.error.date.required}") @DateText(message = "{outputs.error.date.format}")
        String date,
        @TextLength(max = 40, message = "{outputs.import.error.taskCode}")
        @TextMatches(regexp = "[^\\p{Cc}]+", message = "{outputs.import.error.taskCode}")
        String taskCode,
        @NotBlank(message = "{outputs.error.description.required}")
        @TextLength(max = WorkOutputs.DESCRIPTION_MAX, message = "{outputs.error.description.long}")
        @TextMatches(regexp = "(?s)[^\\u0000]+", message = "{outputs.import.error.description}")
        String description,
        @TextLength(max = WorkOutputs.LINK_MAX, message = "{outputs.error.link}")
        @TextMatches(regexp = "(?i)https?://[^\\s\\p{Z}\\p{C}]+", message = "{outputs.error.link}")
        String link) {
}
