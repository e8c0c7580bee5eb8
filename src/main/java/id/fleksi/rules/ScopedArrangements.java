package id.fleksi.rules;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the determination that apply to an employee through a scope (Pasal 26; Pasal 20 ayat (2);
 * Pasal 27): what each one sets and whom it applies to, so that the employee, their head and HR read the
 * arrangement they are judged by, not only the institution's. Settings without a scope are not listed: they are
 * the institution's, shown with the determination.
 */
public final class ScopedArrangements {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ScopedArrangements() {
    }

    /** One scoped setting as it applies to the employee: its rule, what it sets and whom it applies to. */
    public record Arrangement(RuleCode rule, Text setting, Text appliesTo) {
    }

    /** The scoped settings that apply to the employee, in the order criteria, dinamis hours, minimum presence. */
    public static List<Arrangement> of(EmployeeFacts employee, Determination policy) {
        List<Arrangement> found = new ArrayList<>();
        if (policy == null) {
            return found;
        }
        for (Determination.AdditionalCriterion criterion : policy.additionalCriteria()) {
            policy.criterionFor(criterion, employee).filter(applied -> applied.scope() != null)
                    .ifPresent(applied -> found.add(new Arrangement(RuleCode.KRITERIA_TAMBAHAN, Text.of(
                            "Kriteria tambahan " + criterion.code() + ": " + criterion.description(),
                            "Additional criterion " + criterion.code() + ": " + criterion.description()),
                            applied.scope().describe())));
        }
        Determination.Applied<Determination.DinamisHours> hours = policy.dinamisEnabled()
                ? policy.dinamisFor(employee) : null;
        if (hours != null && hours.scope() != null) {
            found.add(new Arrangement(RuleCode.DINAMIS_JAM, Text.of(
                    "Jam kerja dinamis " + window(hours.value(), ID_TIME),
                    "Dinamis working hours " + window(hours.value(), EN_TIME)), hours.scope().describe()));
        }
        Determination.Applied<Integer> presence = policy.minOfficePresenceFor(employee.unitPath());
        if (presence.scope() != null) {
            found.add(new Arrangement(RuleCode.LAYANAN_MINIMUM, Text.of(
                    "Paling sedikit " + presence.value() + "% pegawai unit bekerja di kantor setiap hari kerja",
                    "At least " + presence.value() + "% of the unit\u2019s employees work in the office every working day"),
                    presence.scope().describe()));
        }
        return found;
    }

    private static String window(Determination.DinamisHours hours, DateTimeFormatter format) {
        return time(hours.earliestStart(), format) + "\u2013" + time(hours.latestEnd(), format);
    }

    private static String time(LocalTime time, DateTimeFormatter format) {
        return time == null ? "\u2026" : format.format(time);
    }
}
