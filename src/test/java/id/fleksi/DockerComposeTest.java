package id.fleksi;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where the tests run, so this reads docker-compose.yml and checks what it
 * promises: PostgreSQL 17 on a named volume, the application pointed at that database, both with
 * health checks, and the application started only once the database is healthy.
 */
@SuppressWarnings("unchecked")
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = read();

    @Test
    void theDatabaseIsPostgres17OnANamedVolumeWithAHealthCheck() {
        Map<String, Object> db = service("db");
        assertThat((String) db.get("image")).startsWith("postgres:17");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.startsWith("fleksi-db:"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("fleksi-db");
        assertThat(healthTest(db)).contains("pg_isready");
    }

    @Test
    void theApplicationUsesThatDatabaseOnceItIsHealthy() {
        Map<String, Object> app = service("app");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/fleksi");
        assertThat(environment).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "FLEKSI_SECURITY_INITIAL_PPK_USERNAME", "FLEKSI_SECURITY_INITIAL_PPK_PASSWORD");
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertThat(dependsOn.get("db")).containsEntry("condition", "service_healthy");
        assertThat(healthTest(app)).contains("/actuator/health/readiness");
        // behind a TLS proxy by default: Secure cookies and HSTS follow X-Forwarded-Proto
        assertThat(environment.get("SERVER_FORWARD_HEADERS_STRATEGY")).isEqualTo("${FLEKSI_FORWARD_HEADERS:-framework}");
        assertThat(app.get("build")).isEqualTo(".");
    }

    @Test
    void theApplicationBacksUpIntoAFolderThatOutlivesItsContainer() throws IOException {
        Map<String, Object> app = service("app");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("FLEKSI_BACKUP_DIRECTORY")).isEqualTo("/backup");
        assertThat((List<String>) app.get("volumes")).contains("${FLEKSI_BACKUP_FOLDER:-fleksi-backup}:/backup");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("fleksi-backup");
        // the image's user can write there: a named volume takes the owner of the image's folder
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("mkdir /backup && chown fleksi /backup")
                .containsSubsequence("chown fleksi /backup", "USER fleksi");
        assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    }

    private Map<String, Object> service(String name) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    private static String healthTest(Map<String, Object> service) {
        Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
        assertThat(healthcheck).as("healthcheck").isNotNull();
        return String.join(" ", (List<String>) healthcheck.get("test"));
    }

    private static Map<String, Object> read() {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("docker-compose.yml cannot be read", e);
        }
    }
}
