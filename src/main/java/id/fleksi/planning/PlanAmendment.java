package id.fleksi.planning;

import id.fleksi.rules.PlanDay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day of an approved plan changed after its approval, with what it was before: a head's recall to the office
 * (Pasal 8 ayat (2); 27), or the employee's request approved by the head (Pasal 8 ayat (2)); the reason given and
 * who recalled it or approved the request.
 *
 * @param kind   {@code RECALL} or {@code REQUEST}
 * @param before the kind the day had before, {@code null} when it was not worked
 * @param after  the kind it has now, {@code null} when it is no longer worked
 */
public record PlanAmendment(LocalDate day, String kind, PlanDay.DayKind before, PlanDay.DayKind after, String reason,
                            String amendedBy, Instant amendedAt) {
}
