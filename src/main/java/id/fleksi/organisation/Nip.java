package id.fleksi.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A Nomor Induk Pegawai: 18 digits that carry the person's birth date (digits 1–8, yyyyMMdd), the month of
 * their appointment as CPNS or PPPK (digits 9–14, yyyyMM), their gender (digit 15: 1 or 2) and a serial
 * number (digits 16–18, never 000). Pure Java, so that the checks are easy to test on their own.
 *
 * @param appointed the appointment month (TMT CPNS/PPPK)
 * @param gender    1 (male) or 2 (female)
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointed, int gender, int serial) {

    /** The age at which a person may be appointed at the earliest. */
    static final int MINIMUM_AGE = 18;

    /**
     * Checks a candidate NIP on a given day (an appointment cannot lie after it).
     *
     * @return the parsed NIP, or the first part that is wrong as a message key with its arguments
     */
    public static Check check(String candidate, LocalDate today) {
        String text = candidate == null ? "" : candidate.strip();
        if (text.isEmpty()) {
            return Check.invalid("org.nip.error.required");
        }
        if (!digitsOnly(text)) {
            return Check.invalid("org.nip.error.digits", text);
        }
        if (text.length() != 18) {
            return Check.invalid("org.nip.error.length", String.valueOf(text.length()));
        }
        String birth = text.substring(0, 8);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(birth.substring(0, 4)), Integer.parseInt(birth.substring(4, 6)),
                    Integer.parseInt(birth.substring(6, 8)));
        } catch (DateTimeException notADate) {
            return Check.invalid("org.nip.error.birthDate", dashed(birth));
        }
        if (birthDate.isAfter(today)) {
            return Check.invalid("org.nip.error.birthDateFuture", birthDate.toString());
        }
        String appointment = text.substring(8, 14);
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(appointment.substring(0, 4)),
                    Integer.parseInt(appointment.substring(4, 6)));
        } catch (DateTimeException notAMonth) {
            return Check.invalid("org.nip.error.appointmentMonth",
                    appointment.substring(0, 4) + "-" + appointment.substring(4, 6));
        }
        // An appointment takes effect on the first day of its month (TMT); by then the person is 18.
        LocalDate adult = birthDate.plusYears(MINIMUM_AGE);
        if (appointed.atDay(1).isBefore(adult)) {
            return Check.invalid("org.nip.error.appointmentTooYoung", appointed.toString(), birthDate.toString());
        }
        if (appointed.isAfter(YearMonth.from(today))) {
            return Check.invalid("org.nip.error.appointmentFuture", appointed.toString());
        }
        int gender = text.charAt(14) - '0';
        if (gender != 1 && gender != 2) {
            return Check.invalid("org.nip.error.gender", String.valueOf(gender));
        }
        int serial = Integer.parseInt(text.substring(15));
        if (serial == 0) {
            return Check.invalid("org.nip.error.serial");
        }
        return new Check(new Nip(text, birthDate, appointed, gender, serial), null, List.of());
    }

    /** Whether the text is digits only, as a NIP and every part of one is. */
    static boolean digitsOnly(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String dashed(String yyyyMMdd) {
        return yyyyMMdd.substring(0, 4) + "-" + yyyyMMdd.substring(4, 6) + "-" + yyyyMMdd.substring(6, 8);
    }

    /**
     * The outcome of a check: a valid NIP, or a message key (bundle {@code i18n/organisation}) that names the
     * wrong part, with its arguments as text.
     */
    public record Check(Nip nip, String messageKey, List<String> args) {

        public Check {
            args = List.copyOf(args);
        }

        static Check invalid(String messageKey, String... args) {
            return new Check(null, messageKey, List.of(args));
        }

        public boolean valid() {
            return nip != null;
        }
    }
}
