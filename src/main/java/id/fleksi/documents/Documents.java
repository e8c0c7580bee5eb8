package id.fleksi.documents;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps files as evidence for the other modules. A file is accepted only when it is not empty, not larger than
 * {@code fleksi.documents.max-bytes} (5 MB) and a PDF, PNG or JPEG as its first bytes show (its name and the type
 * the browser claims are not trusted); a refused file is never stored. The caller keeps the id it gets back and
 * decides who may read the file.
 */
@Service
public class Documents {

    /** The longest file name kept; a longer one is shortened, its extension kept. */
    public static final int NAME_MAX = 200;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    Documents(JdbcClient jdbc, AuditTrail audit, Clock clock,
              @Value("${fleksi.documents.max-bytes:5MB}") DataSize maxBytes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes.toBytes();
    }

    /** The kinds of file kept, as told by their first bytes. */
    public enum Type {
        PDF("application/pdf", ".pdf"), PNG("image/png", ".png"), JPEG("image/jpeg", ".jpg");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A file that passed the checks, ready to be stored: its cleaned name, its detected type and its bytes. */
    public record Checked(String fileName, Type type, byte[] content) {

        public Checked {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** A stored file as it is served. */
    public record Stored(long id, String purpose, String fileName, String contentType, long size, String sha256,
                         byte[] content) {

        public Stored {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The largest file accepted, in whole megabytes (rounded down), for the messages that tell the limit. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /**
     * Reads a file (at most one byte past the limit) and checks it without storing anything.
     *
     * @throws DocumentRefused for an empty file, one larger than the limit, or one that is no PDF, PNG or JPEG
     */
    public Checked check(String originalName, InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (content.length == 0) {
            throw new DocumentRefused("documents.error.empty", maxMegabytes());
        }
        if (content.length > maxBytes) {
            throw new DocumentRefused("documents.error.tooLarge", maxMegabytes());
        }
        Type type = detect(content);
        if (type == null) {
            throw new DocumentRefused("documents.error.type", maxMegabytes());
        }
        return new Checked(cleanName(originalName, type), type, content);
    }

    /**
     * Checks and stores a file for a purpose ({@code OUTPUT_EVIDENCE}), in the caller's transaction if there is one.
     *
     * @return the stored file's id
     * @throws DocumentRefused for a file {@link #check} refuses; nothing is stored then
     */
    @Transactional
    public long store(Actor actor, String purpose, String originalName, InputStream in) {
        return store(actor, purpose, check(originalName, in));
    }

    /** {@link #store(Actor, String, String, InputStream)} of bytes at hand. */
    @Transactional
    public long store(Actor actor, String purpose, String originalName, byte[] content) {
        return store(actor, purpose, check(originalName, new ByteArrayInputStream(content)));
    }

    /** Stores a file {@link #check} accepted. */
    @Transactional
    public long store(Actor actor, String purpose, Checked file) {
        if (purpose == null || !purpose.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("a purpose is written like OUTPUT_EVIDENCE: " + purpose);
        }
        byte[] content = file.content();
        String sha256 = sha256(content);
        long id = jdbc.sql("""
                        insert into document (purpose, file_name, content_type, size, sha256, content, uploaded_by,
                                              uploaded_by_employee, uploaded_at)
                        values (:purpose, :name, :type, :size, :sha256, :content, :by, :employee, :at)
                        returning id""")
                .param("purpose", purpose).param("name", file.fileName()).param("type", file.type().contentType())
                .param("size", (long) content.length).param("sha256", sha256).param("content", content)
                .param("by", actor.username()).param("employee", actor.employeeId())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(actor, "DOCUMENT_STORED", "DOCUMENT", String.valueOf(id), null,
                state(purpose, file.fileName(), file.type().contentType(), content.length, sha256));
        return id;
    }

    /** A stored file, with its bytes. */
    @Transactional(readOnly = true)
    public Optional<Stored> read(long id) {
        return jdbc.sql("select id, purpose, file_name, content_type, size, sha256, content from document where id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("purpose"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    /** What a list of files shows of a stored one: its name, detected type and size, without its bytes. */
    public record Described(long id, String fileName, String contentType, long size) {
    }

    /** The stored files of these ids, without their bytes, in the order of the ids; those that do not exist left out. */
    @Transactional(readOnly = true)
    public List<Described> describe(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Described> found = new LinkedHashMap<>();
        jdbc.sql("select id, file_name, content_type, size from document where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Described(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list().forEach(file -> found.put(file.id(), file));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Removes a stored file (its owner no longer refers to it); nothing happens for one that does not exist. */
    @Transactional
    public void delete(Actor actor, long id) {
        jdbc.sql("delete from document where id = :id returning purpose, file_name, content_type, size, sha256")
                .param("id", id)
                .query((rs, n) -> state(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .optional()
                .ifPresent(before -> audit.record(actor, "DOCUMENT_DELETED", "DOCUMENT", String.valueOf(id), before,
                        null));
    }

    /** The type the file's first bytes show, or null for any other than PDF, PNG and JPEG. */
    static Type detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Type.PDF;
        }
        if (startsWith(content, PNG)) {
            return Type.PNG;
        }
        if (startsWith(content, JPEG)) {
            return Type.JPEG;
        }
        return null;
    }

    /**
     * The name as given without any folder, control or formatting character, at most {@link #NAME_MAX} characters
     * with its extension kept; the type's own name ({@code berkas.pdf}) when nothing is left.
     */
    static String cleanName(String given, Type type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "berkas" + type.extension;
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - extension.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, NAME_MAX - extension.length()));
            name = stem + extension;
        }
        return name;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static Map<String, Object> state(String purpose, String name, String type, long size, String sha256) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("purpose", purpose);
        state.put("fileName", name);
        state.put("contentType", type);
        state.put("size", size);
        state.put("sha256", sha256.toLowerCase(Locale.ROOT));
        return state;
    }
}
