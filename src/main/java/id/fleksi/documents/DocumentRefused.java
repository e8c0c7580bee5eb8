package id.fleksi.documents;

/**
 * A file {@link Documents} does not keep: empty, larger than the limit, or of a type other than PDF, PNG and JPEG.
 * Nothing of it is stored.
 *
 * @see Documents#check(String, java.io.InputStream)
 */
public class DocumentRefused extends RuntimeException {

    private final String messageKey;
    private final long maxMegabytes;

    DocumentRefused(String messageKey, long maxMegabytes) {
        super(messageKey);
        this.messageKey = messageKey;
        this.maxMegabytes = maxMegabytes;
    }

    /** The message key that says why and what is accepted ({@code documents.error.*}, both bundles). */
    public String messageKey() {
        return messageKey;
    }

    /** The size limit, in whole megabytes, for a message that tells it. */
    public long maxMegabytes() {
        return maxMegabytes;
    }
}
