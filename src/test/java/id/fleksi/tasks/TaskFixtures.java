package id.fleksi.tasks;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Data of the task tests that no other test sees: a top-level unit of its own (so that no head's scope and
 * no demo unit's figures change), employees with fresh NIPs, tasks with fresh codes.
 */
final class TaskFixtures {

    static final String UNIT = "UJI-TUGAS";
    private static final AtomicLong NEXT_NIP = new AtomicLong(990_000_000_000_000_000L
            + Math.floorMod(System.nanoTime(), 1_000_000_000_000L) * 1000);

    private TaskFixtures() {
    }

    static String code() {
        return "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static void ensureUnit(JdbcClient jdbc) {
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                values ('UJI-TUGAS', 'Unit Uji Inventarisasi Tugas', null, 'Asia/Jakarta')
                on conflict (code) do nothing""").update();
    }

    /** A new employee of the test unit; their NIP. */
    static String employee(JdbcClient jdbc, boolean active) {
        ensureUnit(jdbc);
        String nip = Long.toString(NEXT_NIP.incrementAndGet());
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, active)
                        values (?, ?, 'PNS', (select id from unit where code = 'UJI-TUGAS'), 'Analis', date '2020-01-01', ?)""")
                .params(nip, "Pegawai Uji " + nip.substring(12), active)
                .update();
        return nip;
    }

    /** The JSON body of a task that qualifies for LOKASI and DINAMIS, not for SIF, and must be done outside. */
    static String taskJson(String code, String name, String unitCode) {
        return """
                {"code":"%s","name":"%s","unitCode":"%s",
                 "characteristics":{"type":"Analitis","environment":"Ruang kerja","social":"Koordinasi daring",
                                    "mentalEmotional":"Stabil","cognitive":"Analitis"},
                 "criteria":{"canBeDoneOutsideOffice":true,"noSpecialRoomOrEquipment":true,"doableWithIct":true,
                             "minimalFaceToFace":true,"noContinuousSupervision":true,"mustBeOutsideOffice":true,
                             "moreThan8h30PerDay":false,"moreThan5DaysPerWeek":false,
                             "notBoundToInstitutionHours":true}}""".formatted(code, name, unitCode);
    }

    static String taskJson(String code) {
        return taskJson(code, "Tugas uji " + code, UNIT);
    }
}
