package id.fleksi.outputs;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded output with whose it is, how it was reviewed and whether an evidence file is attached. */
public record WorkOutput(long id, long employeeId, String nip, String name, String unitCode, LocalDate day,
                         String taskCode, String taskName, String description, String link, OutputStatus status,
                         String reviewNote, Instant reviewedAt, String reviewedBy, Instant createdAt,
                         boolean hasEvidence) {
}
