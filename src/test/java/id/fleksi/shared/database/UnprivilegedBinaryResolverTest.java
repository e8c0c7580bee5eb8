package id.fleksi.shared.database;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binaries repackaged for a start as root: {@code initdb} and {@code pg_ctl} become the wrapper with the real
 * programs beside them, everything else is kept, and the archive is the same byte for byte on every start, so that
 * its folder (named by its hash) is reused rather than extracted again.
 */
class UnprivilegedBinaryResolverTest {

    private static final Date BUILT = new Date(1_700_000_000_000L);

    @Test
    void theWrappedProgramsKeepTheirRealSelvesBesideThem() throws IOException {
        Map<String, String> files = read(UnprivilegedBinaryResolver.repackage(archive()));

        assertThat(files).containsOnlyKeys("bin/pg_ctl", "bin/pg_ctl.real", "bin/initdb", "bin/initdb.real",
                "bin/postgres", "lib/plpgsql.so");
        assertThat(files.get("bin/pg_ctl.real")).isEqualTo("pg_ctl program");
        assertThat(files.get("bin/initdb.real")).isEqualTo("initdb program");
        assertThat(files.get("bin/postgres")).isEqualTo("postgres program");
        assertThat(files.get("bin/pg_ctl")).startsWith("#!/bin/sh").contains("nobody");
        assertThat(files.get("bin/initdb")).isEqualTo(files.get("bin/pg_ctl"));
    }

    @Test
    void everyStartGetsTheSameArchive() throws IOException {
        byte[] first = UnprivilegedBinaryResolver.repackage(archive());

        // nothing of the start (its time, the account running it) goes into the archive
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(first)))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                assertThat(entry.getModTime()).as(entry.getName()).isEqualTo(BUILT);
                assertThat(entry.getUserName()).as(entry.getName()).isEqualTo("build");
                assertThat(entry.getGroupName()).as(entry.getName()).isEqualTo("build");
            }
        }
        assertThat(UnprivilegedBinaryResolver.repackage(archive())).isEqualTo(first);
    }

    private static ByteArrayInputStream archive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
            for (String name : new String[]{"./bin/pg_ctl", "./bin/initdb", "./bin/postgres", "./lib/plpgsql.so"}) {
                byte[] content = (name.substring(name.lastIndexOf('/') + 1).replace(".so", "") + " program")
                        .getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(content.length);
                entry.setMode(0755);
                entry.setModTime(BUILT);
                entry.setUserName("build");
                entry.setGroupName("build");
                out.putArchiveEntry(entry);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static Map<String, String> read(byte[] archive) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
