package id.fleksi.policy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which two versions the policy page's comparison starts with: never the same one twice. */
class ComparedFirstTest {

    private static PolicyVersionSummary version(long id, String from) {
        return new PolicyVersionSummary(id, LocalDate.parse(from), "Nomor " + id, "ppk", Instant.EPOCH, null);
    }

    // newest first, as the page lists them
    private static final List<PolicyVersionSummary> VERSIONS = List.of(version(3, "2027-01-04"),
            version(2, "2026-07-06"), version(1, "2026-01-05"));

    @Test
    void theVersionInForceAgainstTheNextOneSaved() {
        assertThat(PolicyPages.comparedFirst(VERSIONS, 2L)).containsExactly(2, 3);
        // only one in force and one to come: the two of them, not the one in force twice
        assertThat(PolicyPages.comparedFirst(VERSIONS.subList(1, 3), 1L)).containsExactly(1, 2);
    }

    @Test
    void theNewestInForceAgainstTheOneBeforeIt() {
        assertThat(PolicyPages.comparedFirst(VERSIONS, 3L)).containsExactly(2, 3);
    }

    @Test
    void withoutOneInForceTheTwoNewest() {
        assertThat(PolicyPages.comparedFirst(VERSIONS, null)).containsExactly(2, 3);
        assertThat(PolicyPages.comparedFirst(VERSIONS.subList(2, 3), null)).containsExactly(1, 1);
    }
}
