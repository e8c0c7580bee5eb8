package id.fleksi.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for a special circumstance (Pasal 10; 13 ayat (2) huruf b) as its readers see it: its number, the
 * employee, what and when, where it stands, the head's recommendation and HR's decision with their notes, and its
 * evidence files (numbered from 1; {@code fileCount} alone in lists).
 */
public record CircumstanceRequest(long id, String number, String nip, String name, String unitCode, String unitName,
                                  CircumstanceKind kind, LocalDate from, LocalDate to, String reason,
                                  CircumstanceStatus status, Instant requestedAt, Instant recommendedAt,
                                  String recommendedBy, String recommendationNote, Instant decidedAt,
                                  String decidedBy, String decisionNote, int fileCount, List<EvidenceFile> files) {

    public CircumstanceRequest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The same request with its files. */
    CircumstanceRequest withFiles(List<EvidenceFile> evidence) {
        return new CircumstanceRequest(id, number, nip, name, unitCode, unitName, kind, from, to, reason, status,
                requestedAt, recommendedAt, recommendedBy, recommendationNote, decidedAt, decidedBy, decisionNote,
                evidence.size(), evidence);
    }

    /** An evidence file of the request: its place (1–5), its name and detected type, its size in bytes. */
    public record EvidenceFile(int position, String fileName, String contentType, long size) {
    }
}
