package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.threeten.extra.YearWeek;

import java.time.Clock;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The week of plan against actual asked for by a day or a week's name; one before the regulation came into force,
 * or more than a year ahead, is answered with this week, as a wrong one is.
 */
class RealisationPagesTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aWeekOutsideTheRegulationsTimeShowsThisWeek() throws Exception {
        String thisWeek = YearWeek.from(InstitutionTime.today(Clock.systemUTC())).toString();
        String next = YearWeek.from(InstitutionTime.today(Clock.systemUTC())).plusWeeks(1).toString();
        mvc.perform(get("/realisasi/" + KARTIKA).param("tanggal", "2026-11-04")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-week=\"2026-W45\"")))
                .andExpect(content().string(containsString("minggu=2026-W46")));
        for (String[] asked : new String[][]{{"tanggal", "1899-12-31"}, {"minggu", "1899-W52"},
                {"tanggal", "2024-12-31"}, {"minggu", "2099-W01"}}) {
            mvc.perform(get("/realisasi/" + KARTIKA).param(asked[0], asked[1])
                            .with(user(users.loadUserByUsername("ppk"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-week=\"" + thisWeek + "\"")))
                    .andExpect(content().string(containsString("minggu=" + next)));
        }
    }
}
