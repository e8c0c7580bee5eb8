package id.fleksi.policy;

import java.time.LocalDate;

/** A version already starts on that day; versions are never overwritten, so a second one is refused. */
class PolicyDateTaken extends RuntimeException {

    private final LocalDate day;

    PolicyDateTaken(LocalDate day) {
        super("A version already takes effect on " + day);
        this.day = day;
    }

    LocalDate day() {
        return day;
    }
}
