package id.fleksi.shared.database;

import com.sun.security.auth.module.UnixSystem;

/** Who the application process runs as, on the Unix systems that can start the embedded database. */
final class ProcessUser {

    private ProcessUser() {
    }

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | RuntimeException notUnix) {
            return false;
        }
    }
}
