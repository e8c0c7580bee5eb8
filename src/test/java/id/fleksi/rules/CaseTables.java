package id.fleksi.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The case tables of the rules ({@code src/test/resources/rules/*.txt}): one case a line, its cells separated by
 * {@code |}; blank lines and lines starting with {@code #} are left out.
 */
final class CaseTables {

    private CaseTables() {
    }

    /** The cells of each case of the table, stripped. */
    static List<String[]> rows(String resource) {
        try (InputStream in = CaseTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No case table " + resource);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Each case's cells as the arguments of a parameterized test. */
    static Stream<Arguments> arguments(String resource) {
        return rows(resource).stream().map(cells -> Arguments.of((Object[]) cells));
    }
}
