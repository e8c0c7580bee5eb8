package id.fleksi.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL left running by an application that was killed without shutting down ({@code kill -9}, a crashed
 * JVM): it keeps the data directory, so that a new start would wait for it and give up. Before starting, Fleksi
 * looks for such a server of its own data directory and stops it, once it is sure that no living application
 * holds the directory.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The lock file the embedded server holds while an application uses the data directory. */
    static final String APPLICATION_LOCK = "epg-lock";
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    /**
     * Stops the server recorded in {@code postmaster.pid} of the data directory when it still runs and no living
     * application holds the directory; does nothing when there is none.
     *
     * @throws IllegalStateException when another running application uses the data directory
     */
    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        Path lockFile = dataDir.resolve(APPLICATION_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDir);
            }
            stop(postmaster.get(), dataDir);
        } catch (OverlappingFileLockException heldInThisJvm) {
            throw inUse(dataDir);
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("Another running Fleksi uses the database in " + dataDir
                + "; stop it first or set fleksi.embedded-database.data-dir to another folder.");
    }

    /** The running server of the data directory, from the first two lines of its {@code postmaster.pid}. */
    static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Path recordedDir = Path.of(lines.get(1).strip());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgres(process) && sameDirectory(recordedDir, dataDir));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static boolean sameDirectory(Path recorded, Path dataDir) {
        try {
            return Files.isSameFile(recorded, dataDir);
        } catch (IOException unreadable) {
            return recorded.toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
        }
    }

    /**
     * A smart shutdown (SIGTERM: the killed application's sessions are gone with it, everything committed is kept);
     * when the server has not stopped after 30 s, it is killed and the next start recovers from its write-ahead log.
     */
    private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException {
        log.warn("A PostgreSQL (pid {}) left running by an earlier start still holds {}; stopping it",
                postmaster.pid(), dataDir);
        postmaster.destroy();
        if (!awaitExit(postmaster, SHUTDOWN)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), SHUTDOWN);
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            awaitExit(postmaster, SHUTDOWN);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }
}
