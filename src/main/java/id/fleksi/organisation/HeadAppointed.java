package id.fleksi.organisation;

import java.time.LocalDate;

/**
 * Someone was made head of a unit ({@code role} HEAD) or its acting head (PLT, PLH, Pasal 19 ayat (3)), so that the
 * PPK sees every appointment that gives authority over plans.
 *
 * @param until the last day of an acting head's delegation; {@code null} for a head
 */
public record HeadAppointed(String unitCode, String unitName, String nip, String name, String role, LocalDate from,
                            LocalDate until, String appointedBy) {
}
