package id.fleksi.shared.web;

/** A request body longer than {@link BodyLimits} allows for its kind; answered 413. */
public class BodyTooLarge extends RuntimeException {

    BodyTooLarge(long limit) {
        super("the request body is longer than " + limit + " bytes");
    }

    /** Whether a failure comes from a body cut off at its limit, however a reader wrapped it. */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
