package id.fleksi.shared.csv;

/** A file that cannot be read as CSV at all; the message key says why, for the person who sent it. */
public class CsvException extends RuntimeException {

    private final String messageKey;
    private final int line;

    public CsvException(String messageKey, int line) {
        super(messageKey + " at line " + line);
        this.messageKey = messageKey;
        this.line = line;
    }

    public String messageKey() {
        return messageKey;
    }

    public int line() {
        return line;
    }
}
