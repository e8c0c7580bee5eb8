package id.fleksi.backup;

/** A backup or a restore that did not complete; nothing of it is left behind. */
public class BackupFailed extends RuntimeException {

    BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }

    BackupFailed(String message) {
        super(message);
    }
}
