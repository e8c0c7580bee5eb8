package id.fleksi.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period of a raw data export: both days given, the first not after the last, and at most
 * {@value #MAX_DAYS} days (a year, a leap day included), so that one download stays a sensible size.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    /** The period, or the refusal naming the field at fault and the message key that says why. */
    static ReportPeriod of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new Refused("from", "report.error.from");
        }
        if (to == null) {
            throw new Refused("to", "report.error.to");
        }
        if (to.isBefore(from)) {
            throw new Refused("to", "report.error.order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new Refused("to", "report.error.tooLong");
        }
        return new ReportPeriod(from, to);
    }

    /** A period refused, with the field at fault and the message key of the reason. */
    static final class Refused extends RuntimeException {

        private final String field;
        private final String messageKey;

        Refused(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        String field() {
            return field;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
