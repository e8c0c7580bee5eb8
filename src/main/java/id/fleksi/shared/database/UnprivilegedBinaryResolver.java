package id.fleksi.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Serves the bundled PostgreSQL binaries so that they also start when the application runs as root.
 *
 * <p>PostgreSQL refuses to run as root. When Fleksi runs as root (a container, a fresh server), the
 * archive is repackaged: {@code initdb} and {@code pg_ctl} become small scripts that hand the data
 * directory to the unprivileged {@code nobody} account and run the real program as that account.
 * For any other user the archive is served unchanged.
 *
 * <p>The repackaged archive is the same, byte for byte, on every start: the library extracts the binaries into a
 * folder named by the archive's hash and reuses it while the hash stays the same, so that a start does not leave
 * another copy of PostgreSQL (some 60 MB) behind.
 */
final class UnprivilegedBinaryResolver implements PgBinaryResolver {

    static final UnprivilegedBinaryResolver INSTANCE = new UnprivilegedBinaryResolver();

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String REAL_SUFFIX = ".real";

    private UnprivilegedBinaryResolver() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (original == null || !ProcessUser.isRoot()) {
            return original;
        }
        try (original) {
            return new ByteArrayInputStream(repackage(original));
        }
    }

    static byte[] repackage(InputStream archive) throws IOException {
        byte[] wrapper = wrapperScript();
        ByteArrayOutputStream result = new ByteArrayOutputStream(64 << 20);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(archive));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(result, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (entry.isFile() && WRAPPED.contains(name)) {
                    copy(in, out, entryLike(entry, entry.getName() + REAL_SUFFIX));
                    TarArchiveEntry script = entryLike(entry, entry.getName());
                    script.setMode(0755);
                    script.setSize(wrapper.length);
                    out.putArchiveEntry(script);
                    out.write(wrapper);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry);
                }
            }
        }
        return result.toByteArray();
    }

    /**
     * A new entry with the program's mode, size, time and owner, never the start's: the archive's hash names its
     * folder.
     */
    private static TarArchiveEntry entryLike(TarArchiveEntry entry, String name) {
        TarArchiveEntry copy = new TarArchiveEntry(name);
        copy.setMode(entry.getMode());
        copy.setSize(entry.getSize());
        copy.setModTime(entry.getModTime());
        copy.setUserName(entry.getUserName());
        copy.setGroupName(entry.getGroupName());
        return copy;
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static byte[] wrapperScript() {
        try (InputStream script = UnprivilegedBinaryResolver.class
                .getResourceAsStream("/embedded-postgres/run-unprivileged.sh")) {
            if (script == null) {
                throw new IllegalStateException("run-unprivileged.sh is missing from the application");
            }
            return script.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
