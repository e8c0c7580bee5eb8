package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AttendanceApiTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";
    private static final String BAPPEDA_NIP = "199312102015102009";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchIsStoredAndTheSameBatchAgainChangesNothing() throws Exception {
        String source = source();
        String batch = batch(source, record(KARTIKA, "2026-01-05", "07:25", "16:02", "KANTOR", "DISKOMINFO"),
                record(KARTIKA, "2026-01-06", "07:40", "16:10", "RUMAH", null),
                record(BAPPEDA_NIP, "2026-01-05", "22:00", "06:00", "KANTOR", null));

        send(batch).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rejected", hasSize(0)));
        send(batch).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(rows(source)).isEqualTo(3);

        // the source corrects one record: it replaces the stored one, the others stay unchanged
        send(batch.replace("\"16:10\"", "\"16:45\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(jdbc.sql("""
                        select to_char(r.check_out, 'HH24:MI') || ' ' || r.place from attendance_record r
                        join employee_directory e on e.id = r.employee_id
                        where r.source = :source and e.nip = :nip and r.day = date '2026-01-06'""")
                .param("source", source).param("nip", KARTIKA).query(String.class).single()).isEqualTo("16:45 RUMAH");
        // a night shift keeps its check-out before its check-in; the office names its unit
        assertThat(jdbc.sql("""
                        select to_char(r.check_in, 'HH24:MI') || '-' || to_char(r.check_out, 'HH24:MI')
                        from attendance_record r join employee_directory e on e.id = r.employee_id
                        where r.source = :source and e.nip = :nip""")
                .param("source", source).param("nip", BAPPEDA_NIP).query(String.class).single()).isEqualTo("22:00-06:00");
        assertThat(jdbc.sql("""
                        select u.code from attendance_record r join unit_directory u on u.id = r.office_unit_id
                        where r.source = :source and r.day = date '2026-01-05' and r.place = 'KANTOR'
                          and r.check_in = time '07:25'""")
                .param("source", source).query(String.class).single()).isEqualTo("DISKOMINFO");

        // the same day from another source is a record of its own
        String other = source();
        send(batch(other, record(KARTIKA, "2026-01-05", "07:26", "16:00", "KANTOR", null)))
                .andExpect(jsonPath("$.accepted").value(1));
        assertThat(rows(source)).isEqualTo(3);

        assertThat(jdbc.sql("""
                        select after_state ->> 'accepted' || '/' || (after_state ->> 'unchanged') || ' '
                               || (after_state ->> 'from') || ' ' || (after_state ->> 'to')
                        from audit_event where action = 'ATTENDANCE_RECEIVED' and subject_key = :source
                        order by id""")
                .param("source", source).query(String.class).list())
                .containsExactly("3/0 2026-01-05 2026-01-06", "0/3 2026-01-05 2026-01-06", "1/2 2026-01-05 2026-01-06");
    }

    @Test
    void aBatchWithWrongRecordsIsRefusedWholeWithEveryWrongRecordAtItsIndex() throws Exception {
        String source = source();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String batch = batch(source,
                record(KARTIKA, "2026-01-05", "07:30", "16:00", "KANTOR", null),
                record("199901012020011999", "2026-01-05", "07:30", "16:00", "KANTOR", null),
                record(KARTIKA, tomorrow, "07:30", "16:00", "KANTOR", null),
                record(KARTIKA, "2026-01-07", "7.30", "16:00", "KANTOR", null),
                record(KARTIKA, "2026-01-08", "07:30", "16:00", "KAFE", null),
                record(KARTIKA, "2026-01-09", "07:30", "16:00", "RUMAH", "DISKOMINFO"),
                record(KARTIKA, "2026-01-05", "07:31", "16:00", "KANTOR", null),
                record("12345", "05-01-2026", null, null, "KANTOR", null),
                record(KARTIKA, "2026-01-12", "07:30", "24:00", "KANTOR", null),
                record(KARTIKA, "2026-01-13", null, null, "KANTOR", "TIDAK-ADA"));

        send(batch).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Data tidak dapat diterima"))
                .andExpect(jsonPath("$.detail").value(containsString("9 dari 10 catatan kehadiran salah")))
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.rejected", hasSize(9)))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].message").value(
                        "Tidak ada pegawai dengan NIP 199901012020011999. Periksa NIP-nya, atau minta bagian kepegawaian menambahkan pegawai tersebut."))
                .andExpect(jsonPath("$.rejected[1].index").value(2))
                .andExpect(jsonPath("$.rejected[1].message").value(containsString("Tanggal " + tomorrow + " belum tiba")))
                .andExpect(jsonPath("$.rejected[2].message").value(containsString("Jam masuk harus berbentuk JJ:MM")))
                .andExpect(jsonPath("$.rejected[3].message").value(containsString("KANTOR, RUMAH, LOKASI_LAIN atau DINAS_LUAR")))
                .andExpect(jsonPath("$.rejected[4].message").value(containsString("hanya diisi bila tempat bekerjanya KANTOR")))
                .andExpect(jsonPath("$.rejected[5].index").value(6))
                .andExpect(jsonPath("$.rejected[5].message").value(containsString("catatan nomor 0 dalam kiriman yang sama")))
                .andExpect(jsonPath("$.rejected[6].message").value("NIP harus 18 angka."))
                .andExpect(jsonPath("$.rejected[7].message").value(containsString("Jam pulang harus berbentuk JJ:MM")))
                .andExpect(jsonPath("$.rejected[8].message").value("Tidak ada unit dengan kode TIDAK-ADA."));
        assertThat(rows(source)).isZero();

        mvc.perform(post("/api/attendance").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(batch(source, record(KARTIKA, "2026-01-05", "07:30", "16:00", "KANTOR", null),
                                record(KARTIKA, "2026-01-06", "07:30", "16:00", "HOME", null))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("1 of 2 attendance records are wrong, so none was stored")))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("must be one of KANTOR, RUMAH")));
        assertThat(rows(source)).isZero();
    }

    @Test
    void aBatchWithoutSourceOrRecordsOrWithTooManyIsRefusedAsAWhole() throws Exception {
        send(batch("", record(KARTIKA, "2026-01-05", "07:30", "16:00", "KANTOR", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nama sistem pengirim")));
        // the check-ins in Fleksi keep their own source
        send(batch("fleksi", record(KARTIKA, "2026-01-05", "07:30", "16:00", "KANTOR", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Nama FLEKSI dipakai")));
        send("{\"source\":\"presensi\",\"records\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("records"));
        String many = IntStream.range(0, Attendance.MAX_RECORDS + 1)
                .mapToObj(i -> record(KARTIKA, "2026-01-05", null, null, "KANTOR", null))
                .collect(Collectors.joining(","));
        send("{\"source\":\"presensi\",\"records\":[" + many + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("paling banyak 5.000")));
        send("{\"source\":\"presensi\",\"records\":[null]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("Catatan ini kosong")));
    }

    @Test
    void onlyHrReportsAttendance() throws Exception {
        for (Map.Entry<String, Integer> caller : Map.of("pegawai", 403, "kepala", 403, "ppk", 403).entrySet()) {
            mvc.perform(post("/api/attendance").with(httpBasic(caller.getKey(), "demo12345"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(batch(source(), record(KARTIKA, "2026-01-05", "07:30", "16:00", "KANTOR", null))))
                    .andExpect(status().is(caller.getValue()));
        }
        mvc.perform(post("/api/attendance").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/attendance").with(httpBasic("kepegawaian", "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long rows(String source) {
        return jdbc.sql("select count(*) from attendance_record where source = :source").param("source", source)
                .query(Long.class).single();
    }

    private static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String batch(String source, String... records) {
        return "{\"source\":\"" + source + "\",\"records\":[" + String.join(",", records) + "]}";
    }

    private static String record(String nip, String date, String in, String out, String where, String office) {
        return "{\"nip\":\"" + nip + "\",\"date\":\"" + date + "\"" + (in == null ? "" : ",\"checkIn\":\"" + in + "\"")
                + (out == null ? "" : ",\"checkOut\":\"" + out + "\"") + ",\"where\":\"" + where + "\""
                + (office == null ? "" : ",\"officeUnitCode\":\"" + office + "\"") + "}";
    }
}
