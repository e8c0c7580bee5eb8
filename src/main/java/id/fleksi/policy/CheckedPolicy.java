package id.fleksi.policy;

/**
 * A draft that passed every check, with what is stored for the parts the PPK left off: no dinamis hours
 * when dinamis is not enabled, no late start when none was given, Friday 16.00 when no plan deadline was.
 */
record CheckedPolicy(PolicyDraft draft, PolicyDraft.Dinamis dinamis, int lateStartMaxMinutes,
                     PlanDeadline planDeadline) {
}
