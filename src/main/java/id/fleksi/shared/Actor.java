package id.fleksi.shared;

import java.util.List;

/**
 * The signed-in person as every module sees them: who acts, in which roles, over which units. Controllers
 * take it with {@code @AuthenticationPrincipal Actor actor}; services decide on records with it.
 */
public interface Actor {

    long accountId();

    /** The sign-in name: the NIP for employees, a chosen name for other accounts. */
    String username();

    /** The person's name as others know it (the employee's name), for what they decide and write. */
    String displayName();

    /** The employee behind the account, or {@code null} for an account that is no employee. */
    Long employeeId();

    boolean isPpk();

    /** Kepegawaian (HR): keeps the institution's personnel data. */
    boolean isHr();

    /** Heads at least one unit now (PIMPINAN_UNIT). */
    boolean isUnitHead();

    boolean isEmployee();

    /** Codes of the units the person heads now; their sub-units follow from the hierarchy. */
    List<String> unitsHeaded();

    /** PPK or HR: reads everything in the institution. */
    default boolean readsWholeInstitution() {
        return isPpk() || isHr();
    }
}
