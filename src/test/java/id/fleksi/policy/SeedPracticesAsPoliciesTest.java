package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.rules.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The practices the seeds name (regulation.md, "Practices named in the seeds") can each be written as a
 * determination: saved through the API and read back as the rules read it. Each starts on its own Monday
 * in 2031, far from today's demo version.
 */
class SeedPracticesAsPoliciesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Policies policies;

    @Test
    void kemenpanrbWorksFromHomeEveryWednesdayAndMayStartAnHourLate() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-01-06", "Praktik KemenPANRB");
        body.put("allowedLocations", List.of("RUMAH"));
        body.put("maxLokasiDaysPerWeek", 1);
        body.put("fixedLokasiWeekdays", List.of("WEDNESDAY"));
        body.put("lateStartMaxMinutes", 60);

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 1, 6));

        assertThat(read.allowedLocations()).containsExactly(LocationKind.RUMAH);
        assertThat(read.maxLokasiDaysPerWeek()).isEqualTo(1);
        assertThat(read.fixedLokasiWeekdays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(read.lateStartMaxMinutes()).isEqualTo(60);
    }

    @Test
    void bengkuluWorksAnywhereOnThursdayAndFriday() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-02-03", "Praktik Provinsi Bengkulu");
        body.put("allowedLocations", List.of("RUMAH", "LOKASI_LAIN", "KANTOR_LAIN"));
        body.put("fixedLokasiWeekdays", List.of("THURSDAY", "FRIDAY"));

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 2, 3));

        assertThat(read.maxLokasiDaysPerWeek()).isEqualTo(2);
        assertThat(read.fixedLokasiWeekdays()).containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(read.allowedLocations()).containsExactlyInAnyOrder(LocationKind.values());
    }

    @Test
    void bolaangMongondowSelatanWorksAnywhereOnMondayAndTuesday() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-03-03", "Praktik Kabupaten Bolaang Mongondow Selatan");
        body.put("allowedLocations", List.of("RUMAH", "LOKASI_LAIN"));
        body.put("fixedLokasiWeekdays", List.of("MONDAY", "TUESDAY"));

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 3, 3));

        assertThat(read.fixedLokasiWeekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    }

    @Test
    void kemenkeuWorksFromHomebaseForRemoteEmployeesMeetingAnAddedCriterion() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-04-07", "Praktik Kementerian Keuangan");
        body.put("allowedLocations", List.of("RUMAH"));
        body.put("additionalCriteria", List.of(PolicyBodies.criterion("HOMEBASE",
                "Bertugas di daerah terpencil dan memenuhi kriteria Work from Homebase",
                "Surat koordinasi uji 1/2031")));

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 4, 7));

        assertThat(read.additionalCriteria()).containsExactly(new Determination.AdditionalCriterion("HOMEBASE",
                "Bertugas di daerah terpencil dan memenuhi kriteria Work from Homebase",
                "Surat koordinasi uji 1/2031"));
    }

    @Test
    void aRegionalHospitalEmergencyUnitWorksInShifts() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-05-05", "Praktik sif RSUD");
        body.put("lokasiEnabled", false);
        body.put("allowedLocations", List.of());
        body.put("sifEnabled", true);
        body.put("sifUnitCodes", List.of("RSUD-IGD"));

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 5, 5));

        assertThat(read.lokasiEnabled()).isFalse();
        assertThat(read.sifEnabled()).isTrue();
        assertThat(read.sifUnitCodes()).containsExactly("RSUD-IGD");
    }

    @Test
    void surakartaAdjustsStartAndEndHoursThroughDinamisWork() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-06-02", "Praktik Kota Surakarta");
        body.put("dinamisEnabled", true);
        body.put("dinamis", PolicyBodies.dinamis("06:00", "22:00", null, null, 240));

        Determination read = saveAndReadBack(body, LocalDate.of(2031, 6, 2));

        assertThat(read.dinamisEnabled()).isTrue();
        assertThat(read.dinamis()).isEqualTo(new Determination.DinamisHours(LocalTime.of(6, 0), LocalTime.of(22, 0),
                null, null, 240));
    }

    @Test
    void ambonsThreeHomeDaysInAWeekIsRefusedNamingPasal13() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2031-07-07", "Praktik Kota Ambon");
        body.put("maxLokasiDaysPerWeek", 3);
        body.put("fixedLokasiWeekdays", List.of("WEDNESDAY", "THURSDAY", "FRIDAY"));
        mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 13 ayat (1)")))
                .andExpect(jsonPath("$.errors[0].field").value("maxLokasiDaysPerWeek"));
    }

    /**
     * Solo tries location flexibility by a circular letter for a period (seed 002: "Surat Edaran Nomor 1 Tahun 2026
     * tentang Uji Coba Pelaksanaan Fleksibilitas Kerja ASN di Lingkungan Pemkot Solo"): a trial version until a day.
     * Inside the period an employee whose task qualifies may work away from the office; after it the determination
     * before the trial, without location flexibility, applies again. The period lies in 2044, where only this test
     * saves versions.
     */
    @Test
    void soloTriesLocationFlexibilityByCircularLetterForAPeriod() throws Exception {
        Map<String, Object> before = PolicyBodies.allowed("2044-01-04", "Keputusan Wali Kota tanpa fleksibilitas lokasi");
        before.put("lokasiEnabled", false);
        before.put("allowedLocations", List.of());
        saveAndReadBack(before, LocalDate.of(2044, 1, 4));
        Map<String, Object> trial = PolicyBodies.allowed("2044-02-01",
                "Surat Edaran Nomor 1 Tahun 2026 tentang Uji Coba Pelaksanaan Fleksibilitas Kerja ASN");
        trial.put("allowedLocations", List.of("RUMAH", "LOKASI_LAIN"));
        trial.put("trialEndsOn", "2044-06-30");
        Determination read = saveAndReadBack(trial, LocalDate.of(2044, 2, 1));
        assertThat(read.trialEndsOn()).isEqualTo(LocalDate.of(2044, 6, 30));

        EmployeeFacts employee = new EmployeeFacts("198501012010011001", "Pegawai Solo", List.of("SOLO", "SETDA"),
                LocalDate.of(2015, 1, 1), "Jl. Slamet Riyadi No. 1", List.of(), List.of(),
                Map.of(2043, Predikat.BAIK), true, Map.of(), List.of(new EmployeeFacts.Task("SOLO-1",
                "Penyusunan laporan", new TaskCriteria(true, true, true, true, true, false, false, false, false))));
        Eligibility.TypeVerdict inside = judge(employee, LocalDate.of(2044, 6, 30));
        Eligibility.TypeVerdict after = judge(employee, LocalDate.of(2044, 7, 1));

        assertThat(inside.eligible()).isTrue();
        assertThat(after.eligible()).isFalse();
        assertThat(after.violations()).extracting(Violation::rule).contains(RuleCode.JENIS_TIDAK_DITETAPKAN);
        assertThat(policies.determinationOn(LocalDate.of(2044, 7, 1)).orElseThrow().decreeNumber())
                .isEqualTo("Keputusan Wali Kota tanpa fleksibilitas lokasi");
    }

    private Eligibility.TypeVerdict judge(EmployeeFacts employee, LocalDate day) {
        return Eligibility.of(employee, policies.determinationOn(day).orElseThrow(), day).of(FlexibilityType.LOKASI);
    }

    private Determination saveAndReadBack(Map<String, Object> body, LocalDate effectiveFrom) throws Exception {
        mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/policy?date=" + effectiveFrom).with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value(body.get("decreeNumber")))
                .andExpect(jsonPath("$.effectiveFrom").value(effectiveFrom.toString()));
        Determination read = policies.determinationOn(effectiveFrom).orElseThrow();
        assertThat(read.decreeNumber()).isEqualTo(body.get("decreeNumber"));
        assertThat(read.effectiveFrom()).isEqualTo(effectiveFrom);
        return read;
    }
}
