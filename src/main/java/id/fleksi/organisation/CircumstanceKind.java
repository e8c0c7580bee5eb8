package id.fleksi.organisation;

/**
 * What kind of special circumstance (keadaan khusus, Pasal 10) an employee asks for. The regulation names no kinds:
 * Pasal 10 speaks of the employee's situation or condition that needs flexible work adjusted to meet the performance
 * target. These groups help HR read the requests; anything else is {@link #OTHER}, told in the reason. The labels are
 * the messages {@code circumstance.kind.<KIND>}.
 */
public enum CircumstanceKind {
    /** The employee's own health or physical condition. */
    HEALTH,
    /** Caring for a member of the family. */
    FAMILY_CARE,
    /** A disaster where the employee lives. */
    DISASTER,
    /** Another situation, told in the reason. */
    OTHER
}
