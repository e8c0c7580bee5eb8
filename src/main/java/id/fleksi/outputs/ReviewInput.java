package id.fleksi.outputs;

/**
 * The head's review of an output, as text.
 *
 * @param decision {@code ACCEPTED} or {@code RETURNED}
 * @param note     what the employee should know; required to return an output, at most 500 characters
 */
public record ReviewInput(String decision, String note) {
}
