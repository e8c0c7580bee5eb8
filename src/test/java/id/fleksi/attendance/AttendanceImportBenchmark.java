package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a file of 250,000 rows (a day of a ministry) takes through the import, read from disk as an upload is:
 * measured and printed, not timed (run on its own: {@code ./mvnw test -Dtest=AttendanceImportBenchmark}). The demo
 * has few employees, so the rows are its employees over many days; each chunk looks up fewer NIPs than a
 * ministry's day would.
 */
class AttendanceImportBenchmark extends IntegrationTest {

    private static final int ROWS = 250_000;

    @Autowired
    AttendanceImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aMinistrysDayThroughTheImport() throws IOException {
        List<String> nips = jdbc.sql("select nip from employee_directory order by id").query(String.class).list();
        Path file = Files.createTempFile("kehadiran-250000", ".csv");
        LocalDate last = LocalDate.of(2026, 11, 30);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFnip;tanggal;masuk;pulang;tempat;kode_kantor\r\n");
            for (int i = 0; i < ROWS; i++) {
                boolean office = i % 3 == 0;
                out.write(nips.get(i % nips.size()) + ";" + last.minusDays(i / nips.size()) + ";07:"
                        + (10 + i % 50) + ";16:" + (10 + i % 40) + ";" + (office ? "KANTOR;DISKOMINFO" : "RUMAH;")
                        + "\r\n");
            }
        }
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        String source = "BENCH-" + System.nanoTime();
        for (String run : new String[]{"first", "again"}) {
            System.gc();
            long start = System.nanoTime();
            AttendanceImport.Result result;
            try (InputStream content = Files.newInputStream(file)) {
                result = imports.importCsv(hr, source, file.getFileName().toString(), content);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.imported()).isTrue();
            assertThat(result.rows()).isEqualTo(ROWS);
            System.out.printf("Attendance import %s: %,d rows (%,d employees, %.1f MB) in %.1f s = %,.0f rows/s, "
                            + "%,d stored or changed, %,d unchanged%n", run, ROWS, nips.size(),
                    Files.size(file) / 1e6, seconds, ROWS / seconds, result.accepted(), result.unchanged());
        }
        Files.delete(file);
    }
}
