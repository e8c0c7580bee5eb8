package id.fleksi.eligibility;

import id.fleksi.rules.Determination;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a rule of the catalogue is decided with on a day: the regulation's own (dated, each with its
 * article) and the PPK's determination in force. The explanation page of a rule lists them next to the facts.
 */
final class RuleValues {

    private RuleValues() {
    }

    /** A value as the page shows it: a message key of its name, its arguments, and its source. */
    record Value(String labelKey, List<Object> args, String source) {
    }

    static List<Value> of(RuleCode rule, Determination policy, LocalDate day) {
        List<Value> values = new ArrayList<>();
        String decree = policy == null ? null : policy.decreeNumber();
        switch (rule) {
            case HARI_KERJA -> values.add(regulation("eligibility.value.workingDays",
                    Regulation.WORKING_DAYS_PER_WEEK.on(day).value(), Regulation.WORKING_DAYS_PER_WEEK, day));
            case JAM_KERJA_MINGGUAN -> values.add(regulation("eligibility.value.weeklyMinutes",
                    Regulation.WEEKLY_HOURS.on(day).value().toMinutes(), Regulation.WEEKLY_HOURS, day));
            case ISTIRAHAT -> {
                values.add(regulation("eligibility.value.break", Regulation.BREAK.on(day).value().toMinutes(),
                        Regulation.BREAK, day));
                values.add(regulation("eligibility.value.fridayBreak",
                        Regulation.FRIDAY_BREAK.on(day).value().toMinutes(), Regulation.FRIDAY_BREAK, day));
            }
            case JAM_MULAI_SELESAI -> {
                values.add(regulation("eligibility.value.dayStart", Regulation.DAY_START.on(day).value(),
                        Regulation.DAY_START, day));
                values.add(regulation("eligibility.value.dayEnd", Regulation.DAY_END.on(day).value(),
                        Regulation.DAY_END, day));
                values.add(regulation("eligibility.value.fridayEnd", Regulation.FRIDAY_END.on(day).value(),
                        Regulation.FRIDAY_END, day));
                if (policy != null) {
                    values.add(policy("eligibility.value.lateStart", policy.lateStartMaxMinutes(), decree));
                }
            }
            case LOKASI_MAKS_HARI -> {
                values.add(regulation("eligibility.value.maxDays",
                        Regulation.MAX_LOKASI_DAYS_PER_WEEK.on(day).value(), Regulation.MAX_LOKASI_DAYS_PER_WEEK, day));
                if (policy != null) {
                    values.add(policy("eligibility.value.policyMaxDays", policy.maxLokasiDaysPerWeek(), decree));
                }
            }
            case KUOTA_LOKASI -> {
                if (policy != null) {
                    values.add(policy("eligibility.value.percentCap", policy.lokasiPercentCap(), decree));
                }
            }
            case LAYANAN_MINIMUM -> {
                if (policy != null) {
                    values.add(policy("eligibility.value.minPresence", policy.minOfficePresencePercent(), decree));
                }
            }
            case DINAMIS_JAM -> {
                if (policy != null && policy.dinamis() != null) {
                    Determination.DinamisHours hours = policy.dinamis();
                    values.add(policy("eligibility.value.dinamisWindow", hours.earliestStart() + "\u2013"
                            + hours.latestEnd(), decree));
                    if (hours.coreStart() != null) {
                        values.add(policy("eligibility.value.dinamisCore", hours.coreStart() + "\u2013"
                                + hours.coreEnd(), decree));
                    }
                    if (hours.minMinutesPerDay() != null) {
                        values.add(policy("eligibility.value.dinamisMinimum", hours.minMinutesPerDay(), decree));
                    }
                }
            }
            case UNIT_SIF -> {
                if (policy != null) {
                    values.add(policy("eligibility.value.sifUnits", policy.sifUnitCodes().stream().sorted()
                            .reduce((a, b) -> a + ", " + b).orElse("\u2013"), decree));
                }
            }
            case PEGAWAI_BARU -> {
                if (policy != null) {
                    values.add(policy("eligibility.value.newEmployeeMonths", policy.newEmployeeMonths(), decree));
                }
            }
            case EVALUASI_JATUH_TEMPO -> values.add(regulation("eligibility.value.evaluationMonths",
                    Regulation.EVALUATION_INTERVAL_MONTHS.on(day).value(), Regulation.EVALUATION_INTERVAL_MONTHS, day));
            default -> {
                // the rule reads the employee's facts only
            }
        }
        return values;
    }

    private static Value regulation(String key, Object value, id.fleksi.rules.Dated.Series<?> series, LocalDate day) {
        return new Value(key, List.of(value), series.on(day).source().citation());
    }

    private static Value policy(String key, Object value, String decree) {
        return new Value(key, List.of(value), decree);
    }
}
