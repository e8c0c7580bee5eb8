package id.fleksi.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords anyone would guess first: the shipped list ({@code security/common-passwords.txt}, compared without
 * regard to case), one character repeated (eight spaces included), and a run of consecutive digits or letters.
 */
@Component
class CommonPasswords {

    private final Set<String> listed;

    CommonPasswords() {
        try {
            String text = new ClassPathResource("security/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8);
            listed = text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean guessable(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return listed.contains(lower) || lower.chars().distinct().count() == 1 || run(lower);
    }

    /** Each character one after the previous, upwards or downwards: "23456789", "abcdefgh", "98765432". */
    private static boolean run(String text) {
        if (text.length() < 2) {
            return true;
        }
        int step = text.charAt(1) - text.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
