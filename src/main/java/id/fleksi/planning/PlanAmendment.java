package id.fleksi.planning;

import id.fleksi.rules.PlanDay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day of an approved plan changed after its approval, with what it was before: a head's recall to the office
 * (Pasal 8 ayat (2); 27), the reason given and who recalled it.
 *
 * @param kind   {@code RECALL}
 * @param before the kind the day had before
 * @param after  the kind it has now
 */
public record PlanAmendment(LocalDate day, String kind, PlanDay.DayKind before, PlanDay.DayKind after, String reason,
                            String amendedBy, Instant amendedAt) {
}
