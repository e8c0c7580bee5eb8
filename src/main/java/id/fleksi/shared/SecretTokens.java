package id.fleksi.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Secrets handed to a person once (a calendar address, an API token): 32 random bytes written in URL-safe
 * Base64, of which only the SHA-256 hash is kept. A hash suffices, unlike for passwords: the secret is random
 * and long, so there is nothing to guess from it. Also the initial passwords HR hands out, which are kept as
 * password hashes like any other.
 */
public final class SecretTokens {

    /** What a secret looks like: 43 characters of URL-safe Base64. */
    public static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** The length of an initial password. */
    public static final int INITIAL_PASSWORD_LENGTH = 12;

    private static final String UNMISTAKABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * A one-time initial password for a person to type once and change at the next sign-in: 12 characters of
     * letters and digits without the ones that are easily mistaken on paper (0/O, 1/l/I).
     */
    public static String initialPassword() {
        StringBuilder password = new StringBuilder(INITIAL_PASSWORD_LENGTH);
        for (int i = 0; i < INITIAL_PASSWORD_LENGTH; i++) {
            password.append(UNMISTAKABLE.charAt(RANDOM.nextInt(UNMISTAKABLE.length())));
        }
        return password.toString();
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
