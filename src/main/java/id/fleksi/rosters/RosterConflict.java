package id.fleksi.rosters;

/** Someone else changed the record since it was read: the page asks to reload instead of losing their change. */
class RosterConflict extends RuntimeException {

    RosterConflict() {
        super("changed by someone else");
    }
}
