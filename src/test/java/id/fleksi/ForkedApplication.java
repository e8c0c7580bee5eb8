package id.fleksi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fleksi started as an institution runs it: a JVM of its own with the production configuration (the test classes
 * and their settings are left off its class path), on the embedded PostgreSQL in a data directory the test chooses
 * or on a database it names. For the tests of what happens across processes: crashes, restarts, several instances.
 */
public final class ForkedApplication implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ForkedApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Fleksi with these Spring Boot arguments ({@code --name=value}) and waits until it is ready. */
    public static ForkedApplication start(Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", productionClassPath(), FleksiApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(Arrays.asList(arguments));
        // the scheduled reminders run only where a test asks for them with a cron of its own
        if (Arrays.stream(arguments).noneMatch(argument -> argument.startsWith("--fleksi.reminders."))) {
            command.add("--fleksi.reminders.enabled=false");
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        ForkedApplication application = new ForkedApplication(process, port, log);
        application.awaitReady();
        return application;
    }

    /**
     * A new folder for an embedded database's files that others may enter: as root the embedded PostgreSQL runs as
     * {@code nobody}.
     */
    public static Path dataDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /** Deletes a folder with everything in it. */
    public static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The application's classes and its runtime dependencies as Maven lists them for an installation
     * ({@code target/runtime-class-path.txt}): a library the tests bring along is not there to hide one the
     * application lacks.
     */
    private static String productionClassPath() {
        Path classes = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(entry -> entry.endsWith(Path.of("target", "classes"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("target/classes is not on the test class path"));
        Path dependencies = classes.resolveSibling("runtime-class-path.txt");
        try {
            return classes + File.pathSeparator + Files.readString(dependencies).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Run the tests through Maven, which writes " + dependencies, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fleksi stopped while starting:\n" + logTail());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens once the context is up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Fleksi was not ready within " + READY_WITHIN + ":\n" + logTail());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits as long, or less when the application stops meanwhile. */
    public void waitFor(Duration duration) throws InterruptedException {
        process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    public long pid() {
        return process.pid();
    }

    /** A JSON call signed in with HTTP Basic; answers the status and the body. */
    public HttpResponse<String> call(String method, String path, String username, String password, String json)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(method, path, "Basic " + basic, json);
    }

    public HttpResponse<String> send(String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", "id");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the JVM as {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops as an operator would (SIGTERM): a graceful shutdown that also stops the embedded database. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
