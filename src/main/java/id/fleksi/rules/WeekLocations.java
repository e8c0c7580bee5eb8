package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The location days of a weekly plan.
 *
 * <p>Pasal 12 ayat (1): "... a. kantor lain ...; b. rumah atau tempat tinggal; dan/atau c. lokasi lain
 * ...". Ayat (3): "Rumah atau tempat tinggal ... merupakan domisili atau lokasi menetap Pegawai ASN yang telah
 * terdaftar dalam data kepegawaian." Ayat (4): "Fleksibel secara lokasi ... ditetapkan oleh PPK atau pimpinan
 * instansi." Pasal 13 ayat (1): "... paling banyak 2 (dua) hari kerja dalam 1 (satu) minggu." Ayat (2): "...
 * dikecualikan bagi: a. Pegawai ASN yang karakteristik tugasnya harus melaksanakan tugas kedinasan di luar
 * kantor; atau b. Pegawai ASN dengan keadaan khusus ...".
 */
final class WeekLocations {

    private WeekLocations() {
    }

    static List<PlanDay> lokasiDays(WeekPlan plan) {
        return plan.days().stream().filter(day -> day.kind().isLokasi())
                .sorted(Comparator.comparing(PlanDay::date).thenComparing(PlanDay::kind)).toList();
    }

    /** JENIS_TIDAK_DITETAPKAN: what the plan uses and the PPK did not determine. */
    static List<Violation> notDetermined(WeekPlan plan, Determination policy) {
        List<Violation> found = new ArrayList<>();
        if (policy == null) {
            found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, Text.of(
                    "Belum ada penetapan fleksibilitas kerja oleh PPK yang berlaku pada minggu ini.",
                    "No determination of flexible work by the PPK is in force this week.")));
            return found;
        }
        for (PlanDay day : lokasiDays(plan)) {
            LocalDate date = day.date();
            if (!policy.lokasiEnabled()) {
                found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, pasal("Pasal 12 ayat (4)"), Text.of(
                        "Penetapan PPK (" + policy.decreeNumber() + ") tidak memberlakukan fleksibel secara lokasi ("
                                + Dates.id(date) + ").",
                        "The PPK's determination (" + policy.decreeNumber()
                                + ") does not enable location flexibility (" + Dates.en(date) + ").")).on(date));
            } else if (!policy.allowedLocations().contains(day.kind().location())) {
                found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, pasal("Pasal 12 ayat (4)"), Text.of(
                        "Penetapan PPK (" + policy.decreeNumber() + ") tidak menetapkan lokasi " + day.kind()
                                + " (" + Dates.id(date) + ").",
                        "The PPK's determination (" + policy.decreeNumber() + ") does not allow the location "
                                + day.kind() + " (" + Dates.en(date) + ").")).on(date));
            }
        }
        FlexibilityType time = switch (plan.flexType()) {
            case NONE -> null;
            case DINAMIS -> FlexibilityType.DINAMIS;
            case SIF -> FlexibilityType.SIF;
        };
        if (time != null && !Designation.enabled(policy, time)) {
            found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, Designation.articleOf(time), Text.of(
                    "Penetapan PPK (" + policy.decreeNumber() + ") tidak memberlakukan " + Labels.id(time) + ".",
                    "The PPK's determination (" + policy.decreeNumber() + ") does not enable "
                            + Labels.en(time) + ".")));
        }
        return found;
    }

    /** The cap of location days this week: Pasal 13 ayat (1), or the PPK's lower cap. */
    static int cap(Determination policy, LocalDate monday) {
        int regulation = Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(monday);
        return policy == null ? regulation : Math.min(regulation, policy.maxLokasiDaysPerWeek());
    }

    /**
     * LOKASI_MAKS_HARI, Pasal 13 ayat (1): more location days than the cap is an error unless an exception of
     * ayat (2) applies, which is then reported; a location day off the PPK's fixed weekdays is a warning.
     */
    static List<Violation> maxDays(EmployeeFacts employee, WeekPlan plan, Determination policy, LocalDate monday,
                                   List<ExceptionApplied> exceptions) {
        List<Violation> found = new ArrayList<>();
        List<PlanDay> days = lokasiDays(plan);
        int cap = cap(policy, monday);
        boolean enabled = policy == null || policy.lokasiEnabled();
        if (enabled && days.size() > cap) {
            List<ExceptionApplied> lifting = new ArrayList<>();
            days.stream().map(PlanDay::date).distinct()
                    .flatMap(day -> LocationConditions.capExceptions(employee, day).stream())
                    .filter(exception -> !lifting.contains(exception))
                    .forEach(lifting::add);
            if (lifting.isEmpty()) {
                found.add(Violation.error(RuleCode.LOKASI_MAKS_HARI, Text.of(
                        days.size() + " hari fleksibel secara lokasi melebihi batas " + cap
                                + " hari kerja dalam satu minggu.",
                        days.size() + " days of location flexibility exceed the cap of " + cap
                                + " working days a week.")));
            } else {
                lifting.stream().filter(exception -> !exceptions.contains(exception)).forEach(exceptions::add);
            }
        }
        if (policy != null && !policy.fixedLokasiWeekdays().isEmpty()) {
            for (PlanDay day : days) {
                if (!policy.fixedLokasiWeekdays().contains(day.date().getDayOfWeek())) {
                    found.add(Violation.warning(RuleCode.LOKASI_MAKS_HARI, Text.of(
                            "Penetapan PPK (" + policy.decreeNumber() + ") menetapkan hari fleksibel secara lokasi "
                                    + "pada hari " + Dates.idWeekdays(policy.fixedLokasiWeekdays()) + "; "
                                    + Dates.id(day.date()) + " bukan salah satunya. Pindahkan hari di luar kantor ke "
                                    + "hari itu, atau jelaskan kepada pimpinan unit mengapa perlu hari lain.",
                            "The PPK's determination (" + policy.decreeNumber() + ") fixes location flexibility "
                                    + "on " + Dates.enWeekdays(policy.fixedLokasiWeekdays()) + "; "
                                    + Dates.en(day.date()) + " is not one of them. Move the day away to one of "
                                    + "those, or tell the unit head why another day is needed."))
                            .on(day.date()));
                }
            }
        }
        return found;
    }

    /** LOKASI_RUMAH_DOMISILI, Pasal 12 ayat (3): a day at home needs a domicile registered in personnel data. */
    static List<Violation> domicile(EmployeeFacts employee, WeekPlan plan) {
        List<Violation> found = new ArrayList<>();
        if (employee.domicile() != null && !employee.domicile().isBlank()) {
            return found;
        }
        lokasiDays(plan).stream().filter(day -> day.kind() == PlanDay.DayKind.RUMAH)
                .map(PlanDay::date).distinct()
                .forEach(day -> found.add(Violation.error(RuleCode.LOKASI_RUMAH_DOMISILI, Text.of(
                        "Domisili belum terdaftar dalam data kepegawaian, jadi tidak dapat bekerja dari rumah pada "
                                + Dates.id(day) + ".",
                        "No domicile is registered in personnel data, so working from home on " + Dates.en(day)
                                + " is not possible.")).on(day)));
        return found;
    }
}
