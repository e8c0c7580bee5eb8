package id.fleksi.browser;

import id.fleksi.eligibility.EligibilityStandings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page of every role, in Chromium at 390 and 1366 pixels in both languages: none scrolls sideways, none
 * shows a raw message key or placeholder, none fails. Screenshots go to target/screenshots as pages-ROLE-PAGE.
 */
class MainPagesJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EligibilityStandings standings;

    @Test
    void everyMainPageFitsAPhoneAndADesktopInBothLanguages() throws Exception {
        long evaluation = anEvaluation();
        // today's stored standings, which the list filtered by eligibility names with when they were computed
        standings.recomputeDue();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("pegawai", List.of("/beranda/pegawai", "/saya/rencana", "/saya/kelayakan", "/saya/kalender",
                "/notifikasi", "/akun/kata-sandi", "/akun/surel", "/akun/token", "/aturan"));
        pages.put("kepala", List.of("/beranda/pimpinan", "/persetujuan", "/dasbor", "/unit/DISKOMINFO/kalender",
                "/unit/DISKOMINFO/pelaksana", "/kelayakan", "/persetujuan/terdampak"));
        pages.put("kepala.igd", List.of("/sif", "/sif/RSUD-IGD", "/sif/RSUD-IGD/jadwal", "/sif/RSUD-IGD/rotasi",
                "/saya/sif"));
        pages.put("kepegawaian", List.of("/beranda/kepegawaian", "/pegawai", "/pegawai/baru", "/pegawai/impor",
                "/pegawai/198012152004101004", "/pegawai/198012152004101004/ubah",
                "/pegawai/198012152004101004/atur-ulang-sandi", "/tugas", "/tugas/baru",
                "/tugas/impor", "/tugas/KOM-APL", "/unit", "/unit/DISKOMINFO", "/laporan", "/pengaturan/instansi",
                "/persetujuan/terdampak", "/hari-libur?tahun=2027"));
        pages.put("ppk", List.of("/beranda/ppk", "/dasbor", "/dasbor?page=1", "/kebijakan", "/kebijakan/ubah",
                "/kebijakan/uji", "/hari-libur", "/evaluasi", "/evaluasi/baru", "/evaluasi/indikator",
                "/evaluasi/" + evaluation, "/audit", "/unit/baru", "/kelayakan", "/kelayakan?status=tidak",
                "/persetujuan"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            signOut();
            signIn(role.getKey(), "demo12345");
            for (String path : role.getValue()) {
                open(path);
                String text = browser.findElement(org.openqa.selenium.By.tagName("body")).getText();
                if (text.matches("(?s).*(\\{\\d|\\?\\?[a-z]|Whitelabel|Terjadi kesalahan).*")) {
                    wrong.add(role.getKey() + " " + path + ": " + text.substring(0, Math.min(200, text.length())));
                }
                try {
                    lookAt("pages-" + role.getKey() + path.replaceAll("[^A-Za-z0-9]+", "-"));
                } catch (AssertionError sideways) {
                    wrong.add(role.getKey() + " " + path + ": " + sideways.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** An evaluation to open: one made by an earlier test, or one of BAPPEDA's third quarter of 2026. */
    private long anEvaluation() throws Exception {
        Long made = jdbc.sql("select min(id) from evaluation").query(Long.class).optional().orElse(null);
        if (made != null) {
            return made;
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/evaluations")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ppk:demo12345".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"periodFrom\":\"2026-07-01\",\"periodTo\":\"2026-09-30\",\"unitCode\":\"BAPPEDA\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return jdbc.sql("select min(id) from evaluation").query(Long.class).single();
    }
}
