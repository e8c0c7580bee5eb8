package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * What a determination may say: the PPK may tighten what the regulation allows, never loosen it. The
 * policy module refuses a version that breaks one of these bounds, naming the field and the article.
 *
 * <p>Pasal 13 ayat (1): "Fleksibilitas Kerja secara lokasi ... dapat dilaksanakan Pegawai ASN paling banyak
 * 2 (dua) hari kerja dalam 1 (satu) minggu." Pasal 14: "Setiap PPK atau pimpinan Instansi Pemerintah
 * menetapkan persentase jumlah Pegawai ASN yang melaksanakan Fleksibilitas Kerja secara lokasi." Pasal 20
 * ayat (1): dinamis work still meets "jumlah Jam Kerja Pegawai ASN dalam 1 (satu) minggu". Pasal 26: added
 * criteria come "setelah berkoordinasi dengan Menteri".
 */
public final class DeterminationBounds {

    private DeterminationBounds() {
    }

    /** Every bound the determination breaks; empty when it may be saved. */
    public static List<Breach> check(Determination policy) {
        List<Breach> breaches = new ArrayList<>();
        var day = policy.effectiveFrom();
        if (day == null) {
            breaches.add(new Breach("effectiveFrom", pasal("Pasal 12 ayat (4)"), Text.of(
                    "Tanggal mulai berlaku wajib diisi.", "The date it takes effect is required.")));
            return breaches;
        }
        if (day.isBefore(Regulation.IN_FORCE_FROM)) {
            breaches.add(new Breach("effectiveFrom", pasal("Pasal 12 ayat (4)"), Text.of(
                    "Penetapan menurut PermenPANRB Nomor 4 Tahun 2025 tidak dapat berlaku sebelum tahun 2025.",
                    "A determination under PermenPANRB 4/2025 cannot take effect before 2025.")));
            return breaches;
        }
        if (policy.decreeNumber() == null || policy.decreeNumber().isBlank()) {
            breaches.add(new Breach("decreeNumber", pasal("Pasal 12 ayat (4)"), Text.of(
                    "Nomor keputusan PPK wajib diisi: fleksibilitas kerja ditetapkan oleh PPK.",
                    "The PPK's decree number is required: flexible work is determined by the PPK.")));
        }
        int cap = Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(day);
        if (policy.maxLokasiDaysPerWeek() < 0 || policy.maxLokasiDaysPerWeek() > cap) {
            breaches.add(new Breach("maxLokasiDaysPerWeek", Regulation.MAX_LOKASI_DAYS_PER_WEEK.on(day).source(),
                    Text.of("Hari fleksibel lokasi per minggu harus 0 sampai " + cap
                                    + " hari; PPK boleh menurunkan batas ini, tidak boleh menaikkannya.",
                            "Location-flexible days a week must be 0 to " + cap
                                    + "; the PPK may lower this cap, never raise it.")));
        }
        percent(breaches, "lokasiPercentCap", policy.lokasiPercentCap(), pasal("Pasal 14"),
                "Persentase pegawai fleksibel lokasi", "The share of employees working flexibly by location");
        percent(breaches, "minOfficePresencePercent", policy.minOfficePresencePercent(), pasal("Pasal 27"),
                "Kehadiran minimum di kantor", "The minimum office presence");
        if (policy.lokasiEnabled() && policy.allowedLocations().isEmpty()) {
            breaches.add(new Breach("allowedLocations", pasal("Pasal 12 ayat (1)"), Text.of(
                    "Pilih paling sedikit satu lokasi: kantor lain, rumah, atau lokasi lain.",
                    "Choose at least one location: another office, home, or another location.")));
        }
        checkFixedWeekdays(breaches, policy);
        if (policy.sifEnabled() && policy.sifUnitCodes().isEmpty()) {
            breaches.add(new Breach("sifUnitCodes", pasal("Pasal 19 ayat (4)"), Text.of(
                    "Tetapkan unit organisasi yang dapat menerapkan sif.",
                    "Designate the units that may work in shifts.")));
        }
        if (policy.dinamisEnabled()) {
            checkDinamis(breaches, policy);
        }
        if (policy.lateStartMaxMinutes() < 0
                || Regulation.FRIDAY_END.valueOn(day).plusMinutes(policy.lateStartMaxMinutes())
                .isBefore(Regulation.FRIDAY_END.valueOn(day))
                || policy.lateStartMaxMinutes() >= Duration.ofHours(24).toMinutes()) {
            breaches.add(new Breach("lateStartMaxMinutes", pasal("Pasal 3 ayat (6)"), Text.of(
                    "Keterlambatan mulai kerja harus dapat diganti pada hari yang sama.",
                    "A late start must be made up the same day.")));
        }
        if (policy.newEmployeeMonths() < 0) {
            breaches.add(new Breach("newEmployeeMonths", pasal("Pasal 25 ayat (3)"), Text.of(
                    "Masa pegawai baru tidak boleh negatif.", "The new-employee period cannot be negative.")));
        }
        checkAdditionalCriteria(breaches, policy);
        return breaches;
    }

    private static void percent(List<Breach> breaches, String field, int value, LegalRef article,
                                String nameId, String nameEn) {
        if (value < 0 || value > Regulation.FULL_PERCENT) {
            breaches.add(new Breach(field, article, Text.of(nameId + " harus 0 sampai 100 persen.",
                    nameEn + " must be 0 to 100 percent.")));
        }
    }

    private static void checkFixedWeekdays(List<Breach> breaches, Determination policy) {
        for (DayOfWeek weekday : policy.fixedLokasiWeekdays()) {
            if (!WorkWeek.isWorkingDay(weekday)) {
                breaches.add(new Breach("fixedLokasiWeekdays", pasal("Pasal 2 ayat (2)"), Text.of(
                        "Hari fleksibel lokasi harus hari kerja, Senin sampai Jumat.",
                        "Location-flexible days must be working days, Monday to Friday.")));
                return;
            }
        }
        if (policy.fixedLokasiWeekdays().size() > Math.max(policy.maxLokasiDaysPerWeek(), 0)) {
            breaches.add(new Breach("fixedLokasiWeekdays", pasal("Pasal 13 ayat (1)"), Text.of(
                    "Hari fleksibel lokasi yang ditetapkan lebih banyak dari batas hari per minggu.",
                    "More fixed location-flexible weekdays than the cap of days a week.")));
        }
    }

    /**
     * The dinamis window must let an employee meet the weekly hours: five days of the window, less each
     * day's break, are at least 37 hours 30 minutes (Pasal 3 ayat (1), (5); Pasal 20 ayat (1)).
     */
    private static void checkDinamis(List<Breach> breaches, Determination policy) {
        Determination.DinamisHours hours = policy.dinamis();
        LegalRef article = pasal("Pasal 20 ayat (2)");
        if (hours == null || hours.earliestStart() == null || hours.latestEnd() == null) {
            breaches.add(new Breach("dinamis", article, Text.of(
                    "Tetapkan jam paling awal mulai dan paling akhir selesai untuk fleksibilitas kerja dinamis.",
                    "Set the earliest start and the latest end of dinamis work.")));
            return;
        }
        if (!hours.earliestStart().isBefore(hours.latestEnd())) {
            breaches.add(new Breach("dinamis.latestEnd", article, Text.of(
                    "Jam paling akhir selesai harus setelah jam paling awal mulai.",
                    "The latest end must come after the earliest start.")));
            return;
        }
        boolean coreGiven = hours.coreStart() != null || hours.coreEnd() != null;
        if (coreGiven && (hours.coreStart() == null || hours.coreEnd() == null
                || !hours.coreStart().isBefore(hours.coreEnd())
                || hours.coreStart().isBefore(hours.earliestStart())
                || hours.coreEnd().isAfter(hours.latestEnd()))) {
            breaches.add(new Breach("dinamis.coreStart", article, Text.of(
                    "Jam inti harus diisi lengkap dan berada di dalam rentang jam dinamis.",
                    "Core hours need both ends and must lie within the dinamis window.")));
        }
        var day = policy.effectiveFrom();
        Duration window = Duration.between(hours.earliestStart(), hours.latestEnd());
        Duration week = window.minus(Regulation.BREAK.valueOn(day)).multipliedBy(4)
                .plus(window.minus(Regulation.FRIDAY_BREAK.valueOn(day)));
        Duration required = Regulation.WEEKLY_HOURS.valueOn(day);
        if (week.compareTo(required) < 0) {
            breaches.add(new Breach("dinamis.latestEnd", Regulation.WEEKLY_HOURS.on(day).source(), Text.of(
                    "Rentang jam dinamis " + hhmm(hours.earliestStart()) + "\u2013" + hhmm(hours.latestEnd())
                            + " tidak cukup untuk 37 jam 30 menit seminggu di luar jam istirahat.",
                    "The dinamis window " + hhmm(hours.earliestStart()) + "\u2013" + hhmm(hours.latestEnd())
                            + " cannot hold 37 hours 30 minutes a week without the breaks.")));
        }
        // the least minutes apply on every working day, Friday with its 90-minute break included
        Integer least = hours.minMinutesPerDay();
        Duration fridayWork = window.minus(Regulation.FRIDAY_BREAK.valueOn(day));
        if (least != null && (least < 0 || Duration.ofMinutes(least).compareTo(fridayWork) > 0)) {
            breaches.add(new Breach("dinamis.minMinutesPerDay", article, Text.of(
                    "Jam kerja minimum per hari harus muat di dalam rentang jam dinamis setelah jam istirahat"
                            + " (Jumat 90 menit): paling banyak " + fridayWork.toMinutes() + " menit.",
                    "The least minutes a day must fit within the dinamis window after the break (90 minutes on"
                            + " Friday): at most " + fridayWork.toMinutes() + " minutes.")));
        }
    }

    private static void checkAdditionalCriteria(List<Breach> breaches, Determination policy) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < policy.additionalCriteria().size(); i++) {
            Determination.AdditionalCriterion criterion = policy.additionalCriteria().get(i);
            String field = "additionalCriteria[" + i + "]";
            if (blank(criterion.code()) || blank(criterion.description())) {
                breaches.add(new Breach(field, pasal("Pasal 26"), Text.of(
                        "Setiap kriteria tambahan perlu kode dan uraian.",
                        "Each additional criterion needs a code and a description.")));
            } else if (!codes.add(criterion.code().strip())) {
                breaches.add(new Breach(field, pasal("Pasal 26"), Text.of(
                        "Kode kriteria tambahan " + criterion.code() + " dipakai dua kali.",
                        "The additional criterion code " + criterion.code() + " is used twice.")));
            }
            if (blank(criterion.coordinationLetter())) {
                breaches.add(new Breach(field + ".coordinationLetter", pasal("Pasal 26"), Text.of(
                        "Kriteria tambahan ditetapkan setelah berkoordinasi dengan Menteri: isi nomor surat koordinasinya.",
                        "An additional criterion follows coordination with the Minister: give the letter's number.")));
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String hhmm(LocalTime time) {
        return "%02d.%02d".formatted(time.getHour(), time.getMinute());
    }

    /** A bound a determination breaks: the field, the article, and what to change. */
    public record Breach(String field, LegalRef article, Text message) {
    }
}
