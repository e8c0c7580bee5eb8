package id.fleksi.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The head's recall of an employee to the office on a day of their approved plan: the direct superior's policy
 * (Pasal 8 ayat (2)) with the continuity of service first (Pasal 27). A recall turns a day of location flexibility
 * (Pasal 11 huruf a: another office, home, another place) into an office day; leave, duty travel and shifts are not
 * recalled, and a day that has passed is not changed.
 */
public final class Recall {

    private Recall() {
    }

    /**
     * Why the day cannot be recalled; empty when it can.
     *
     * @param today the institution's date today
     * @param day   the day the head recalls
     * @param kind  the plan's kind of that day, {@code null} when the plan has no such day
     */
    public static Optional<Violation> judge(LocalDate today, LocalDate day, PlanDay.DayKind kind) {
        if (kind == null) {
            return refuse(day, Text.of(Dates.id(day) + " bukan hari dalam rencana minggu ini.",
                    Dates.en(day) + " is not a day of this week\u2019s plan."));
        }
        if (day.isBefore(today)) {
            return refuse(day, Text.of(Dates.id(day) + " sudah lewat; pemanggilan ke kantor hanya untuk hari ini "
                            + "atau sesudahnya.", Dates.en(day) + " has passed; a recall is for today or a later day."));
        }
        if (!kind.isLokasi()) {
            return refuse(day, Text.of("Hanya hari fleksibel lokasi (kantor lain, rumah, lokasi lain) yang dapat "
                            + "diubah menjadi hari di kantor; " + Dates.id(day) + ": " + Labels.id(kind) + ".",
                    "Only a location-flexible day (another office, home, another place) can be turned into an "
                            + "office day; " + Dates.en(day) + ": " + Labels.en(kind) + "."));
        }
        return Optional.empty();
    }

    private static Optional<Violation> refuse(LocalDate day, Text message) {
        return Optional.of(Violation.error(RuleCode.PANGGILAN_KANTOR, message).on(day));
    }
}
