package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import id.fleksi.security.AccountSetup;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Acting heads (Plt/Plh): named by the unit's head or HR, acting as head of the unit and its sub-units on the
 * days of their period only, never overlapping, ended early after a confirmation, and audited.
 */
class ActingHeadsTest extends IntegrationTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Organisation organisation;

    @Autowired
    Clock clock;

    private PersonnelTestData data;
    private LocalDate today;
    private String unit;
    private String head;
    private String staff;
    private String delegate;

    @BeforeEach
    void aUnitWithItsHeadAStaffMemberAndAColleagueOfAnotherUnit() {
        data = new PersonnelTestData(jdbc, accounts);
        today = InstitutionTime.today(clock);
        unit = "UJI-PLT-" + UNITS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        jdbc.sql("insert into unit (code, name, parent_id, time_zone) values (:code, 'Unit Plt Uji', "
                        + "(select id from unit where code = 'SETDA'), 'Asia/Jakarta')")
                .param("code", unit).update();
        head = data.employeeWithAccount(unit);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit), :head, date '2024-01-02')""")
                .param("unit", unit).param("head", data.idOf(head)).update();
        staff = data.employee(unit);
        delegate = data.employeeWithAccount("BAPPEDA");
    }

    @Test
    void theHeadNamesAnActingHeadWhoActsAsHeadOnTheirNextSignIn() throws Exception {
        appoint(head, "PLH", today, today.plusDays(3), "ST-12/PLH/2026")
                .andExpect(redirectedUrl("/unit/" + unit + "/pelaksana"))
                .andExpect(flash().attribute("successKey", "delegation.created"));
        // the PPK hears of it
        mvc.perform(get("/api/notifications").with(httpBasic("ppk", "demo12345")).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Plh. head of unit " + unit + " appointed"),
                        containsString("(NIP " + delegate + ") was made Plh. head of Unit Plt Uji"),
                        containsString("/unit/" + unit))));

        UserDetails signedIn = users.loadUserByUsername(delegate);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_PIMPINAN_UNIT");
        assertThat(((Actor) signedIn).unitsHeaded()).containsExactly(unit);
        assertThat(organisation.unitsHeadedBy(data.idOf(delegate))).extracting(UnitRef::code).containsExactly(unit);
        assertThat(organisation.staffOfUnitsHeadedBy(data.idOf(delegate), 20).shown())
                .extracting(staffOfUnit -> staffOfUnit.unit().code()).containsExactly(unit);

        mvc.perform(get("/pegawai/" + staff).with(user(signedIn))).andExpect(status().isOk());
        mvc.perform(get("/pegawai").with(user(signedIn)))
                .andExpect(content().string(containsString(staff)));
        mvc.perform(get("/beranda/pimpinan").with(user(signedIn)))
                .andExpect(content().string(containsString(unit)));
        mvc.perform(get("/unit/" + unit).with(as(head)))
                .andExpect(content().string(allOf(containsString("data-testid=\"unit-acting-head\""),
                        containsString("Plh. Pegawai Uji " + delegate.substring(12)))));
        // the head keeps their own authority
        mvc.perform(get("/pegawai/" + staff).with(as(head))).andExpect(status().isOk());

        assertThat(auditActions()).containsExactly("ACTING_HEAD_CREATED");
        assertThat(lastAuditAfter()).contains(delegate, "PLH", "ST-12/PLH/2026", today.toString());
    }

    @Test
    void aDelegateAlreadySignedInGetsTheHeadsAuthorityOnTheirNextPage() throws Exception {
        UserDetails signedInBefore = users.loadUserByUsername(delegate);
        mvc.perform(get("/pegawai/" + staff).with(user(signedInBefore))).andExpect(status().isForbidden());

        appoint(head, "PLT", today, today.plusDays(10), "Sprint 7/2026").andExpect(status().is3xxRedirection());

        mvc.perform(get("/pegawai/" + staff).with(user(signedInBefore))).andExpect(status().isOk());
    }

    @Test
    void anActingHeadCannotDelegateFurther() throws Exception {
        appoint(head, "PLT", today, today.plusDays(10), "Sprint 8/2026").andExpect(status().is3xxRedirection());
        String another = data.employeeWithAccount("BAPPEDA");

        appoint(delegate, "PLH", today.plusDays(20), today.plusDays(21), "lanjutan")
                .andExpect(status().isForbidden());
        mvc.perform(get("/unit/" + unit + "/pelaksana").with(as(delegate)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("tidak dapat menunjuk Plt./Plh. lagi"),
                        not(containsString("data-testid=\"acting-head-form\"")))));
        assertThat(count(another)).isZero();
    }

    @Test
    void overlappingPeriodsAndPeriodsStartingInThePastAreRefused() throws Exception {
        appoint("kepegawaian", "PLT", today.plusDays(1), today.plusDays(5), "SK 800/1/2026")
                .andExpect(flash().attribute("successKey", "delegation.created"));
        String other = data.employeeWithAccount("BAPPEDA");

        appoint(head, "PLH", today.plusDays(5), today.plusDays(7), "cuti kepala", other)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"startsOn-error\""),
                        containsString("bertumpang tindih dengan Pegawai Uji " + delegate.substring(12)))));
        appoint(head, "PLH", today.minusDays(1), today.plusDays(0), "terlambat dicatat", other)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal mulai tidak boleh sebelum hari ini.")));
        appoint(head, "PLH", today.plusDays(6), today.plusDays(7), "cuti kepala", other)
                .andExpect(flash().attribute("successKey", "delegation.created"));
        appoint(head, "PLH", today.plusDays(8), today.plusDays(9), "", other)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"letter-error\"")));
        appoint(head, "PLH", today.plusDays(8), today.plusDays(9), "cuti", head)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nip-error\""),
                        containsString("adalah pimpinan unit ini sendiri"))));
        assertThat(count(delegate) + count(other)).isEqualTo(2);
    }

    @Test
    void theDelegateHasNoAuthorityBeforeOrAfterTheirPeriod() throws Exception {
        appoint(head, "PLT", today.plusDays(1), today.plusDays(4), "mulai besok")
                .andExpect(status().is3xxRedirection());
        String pastDelegate = data.employeeWithAccount("BAPPEDA");
        jdbc.sql("""
                        insert into acting_head (unit_id, employee_id, kind, starts_on, ends_on, letter, created_by)
                        values ((select id from unit where code = :unit), :employee, 'PLH', :from, :to, 'lalu', 'uji')""")
                .param("unit", unit).param("employee", data.idOf(pastDelegate))
                .param("from", today.minusDays(10)).param("to", today.minusDays(1)).update();

        for (String outOfPeriod : List.of(delegate, pastDelegate)) {
            UserDetails signedIn = users.loadUserByUsername(outOfPeriod);
            assertThat(((Actor) signedIn).isUnitHead()).isFalse();
            mvc.perform(get("/pegawai/" + staff).with(user(signedIn))).andExpect(status().isForbidden());
            mvc.perform(get("/unit/" + unit).with(user(signedIn))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/unit/" + unit + "/pelaksana").with(as(head)))
                .andExpect(content().string(allOf(containsString("data-testid=\"acting-future\""),
                        containsString("data-testid=\"acting-past\""),
                        containsString("Hari ini tidak ada Plt. atau Plh. yang bertugas."))));
    }

    @Test
    void endingEarlyIsConfirmedFirstAndTakesTheAuthorityAwayAtOnce() throws Exception {
        appoint(head, "PLT", today, today.plusDays(30), "Sprint 9/2026").andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from acting_head where employee_id = :e").param("e", data.idOf(delegate))
                .query(Long.class).single();
        UserDetails signedInWhileInForce = users.loadUserByUsername(delegate);
        mvc.perform(get("/pegawai/" + staff).with(user(signedInWhileInForce))).andExpect(status().isOk());

        String end = "/unit/" + unit + "/pelaksana/" + id + "/akhiri";
        mvc.perform(get(end).with(as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ya, akhiri sekarang"),
                        containsString("Sprint 9/2026"))));
        mvc.perform(get(end).with(as(delegate))).andExpect(status().isForbidden());
        mvc.perform(post(end).with(as(head)).with(csrf()))
                .andExpect(redirectedUrl("/unit/" + unit + "/pelaksana"))
                .andExpect(flash().attribute("successKey", "delegation.ended"));

        mvc.perform(get("/pegawai/" + staff).with(user(signedInWhileInForce))).andExpect(status().isForbidden());
        assertThat(organisation.unitsHeadedBy(data.idOf(delegate))).isEmpty();
        mvc.perform(post(end).with(as("kepegawaian")).with(csrf()))
                .andExpect(flash().attribute("errorFlashKey", "delegation.error.alreadyOver"));
        assertThat(auditActions()).containsExactly("ACTING_HEAD_CREATED", "ACTING_HEAD_ENDED");
        assertThat(lastAuditAfter()).contains("\"endedOn\": \"" + today + "\"");
    }

    @Test
    void theFormSuggestsTheUnitsStaffAndTakesANameOrANipWithSpaces() throws Exception {
        String staffName = jdbc.sql("select name from employee where nip = :nip").param("nip", staff)
                .query(String.class).single();
        mvc.perform(get("/unit/" + unit + "/pelaksana").with(as(head)))
                .andExpect(content().string(allOf(containsString("list=\"acting-candidates\""),
                        containsString("value=\"" + staffName + " (" + staff + ")\""),
                        not(containsString("(" + head + ")\"")))));
        // as the suggestion writes it: the name with the NIP
        appoint(head, "PLH", today, today, "ST-1/PLH", staffName + " (" + staff + ")")
                .andExpect(redirectedUrl("/unit/" + unit + "/pelaksana"));
        assertThat(count(staff)).isEqualTo(1);
        // a NIP written in groups, as on a decree
        String spaced = delegate.substring(0, 8) + " " + delegate.substring(8, 14) + " " + delegate.charAt(14) + " "
                + delegate.substring(15);
        appoint(head, "PLT", today.plusDays(1), today.plusDays(2), "ST-2/PLT", spaced)
                .andExpect(redirectedUrl("/unit/" + unit + "/pelaksana"));
        assertThat(count(delegate)).isEqualTo(1);
        // the name alone, of the unit's staff
        appoint(head, "PLH", today.plusDays(3), today.plusDays(3), "ST-3/PLH", staffName.toUpperCase())
                .andExpect(redirectedUrl("/unit/" + unit + "/pelaksana"));
        assertThat(count(staff)).isEqualTo(2);
        appoint(head, "PLH", today.plusDays(4), today.plusDays(4), "ST-4/PLH", "Nama Yang Tidak Ada")
                .andExpect(model().attributeHasFieldErrorCode("actingHeadForm", "nip", "delegation.error.unknownName"));
        appoint(head, "PLH", today.plusDays(4), today.plusDays(4), "ST-4/PLH", "1980 0313")
                .andExpect(model().attributeHasFieldErrorCode("actingHeadForm", "nip", "delegation.error.nipLength"));
    }

    @Test
    void anAppointmentYetToBeginIsCancelledNotEnded() throws Exception {
        appoint(head, "PLT", today.plusDays(7), today.plusDays(14), "Sprint 11/2026")
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from acting_head where employee_id = :e").param("e", data.idOf(delegate))
                .query(Long.class).single();
        mvc.perform(get("/unit/" + unit + "/pelaksana").with(as(head)))
                .andExpect(content().string(containsString(">Batalkan</a>")));
        String cancel = "/unit/" + unit + "/pelaksana/" + id + "/akhiri";
        mvc.perform(get(cancel).with(as(head)))
                .andExpect(content().string(allOf(containsString("Batalkan penunjukan Plt."),
                        containsString("Ya, batalkan penunjukan"), containsString(">Kembali<"))));
        mvc.perform(post(cancel).with(as(head)).with(csrf()))
                .andExpect(flash().attribute("successKey", "delegation.cancelledNow"));
        mvc.perform(get("/unit/" + unit + "/pelaksana").with(as(head)))
                .andExpect(content().string(containsString("Dibatalkan sebelum mulai pada")));
        assertThat(auditActions()).containsExactly("ACTING_HEAD_CREATED", "ACTING_HEAD_ENDED");
    }

    @Test
    void deactivatingTheDelegateEndsTheirDelegations() throws Exception {
        appoint(head, "PLT", today, today.plusDays(30), "Sprint 10/2026").andExpect(status().is3xxRedirection());

        mvc.perform(post("/pegawai/" + delegate + "/nonaktifkan").with(as("kepegawaian")).with(csrf()))
                .andExpect(flash().attribute("successKey", "org.employee.deactivated"));

        assertThat(organisation.unitsHeadedBy(data.idOf(delegate))).isEmpty();
        assertThat(auditActions()).containsExactly("ACTING_HEAD_CREATED", "ACTING_HEAD_ENDED");
    }

    @Test
    void noOneNamesThemselvesActingHead() throws Exception {
        // HR (the account kepegawaian is the employee Fitri Rahayu) may name acting heads, never itself
        String hr = "197701182022032006";
        appoint("kepegawaian", "PLT", today, today.plusDays(3), "ST-13/PLT/2026", hr)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("actingHeadForm", "nip", "delegation.error.self"));
        assertThat(count(hr)).isZero();
        assertThat(users.loadUserByUsername("kepegawaian").getAuthorities()).extracting(Object::toString)
                .doesNotContain("ROLE_PIMPINAN_UNIT");
    }

    private ResultActions appoint(String by, String kind, LocalDate from, LocalDate to, String letter)
            throws Exception {
        return appoint(by, kind, from, to, letter, delegate);
    }

    private ResultActions appoint(String by, String kind, LocalDate from, LocalDate to, String letter, String nip)
            throws Exception {
        return mvc.perform(post("/unit/" + unit + "/pelaksana").with(as(by)).with(csrf())
                .param("nip", nip).param("kind", kind).param("startsOn", from.toString())
                .param("endsOn", to.toString()).param("letter", letter));
    }

    private long count(String nip) {
        return jdbc.sql("select count(*) from acting_head where employee_id = :e").param("e", data.idOf(nip))
                .query(Long.class).single();
    }

    private List<String> auditActions() {
        return jdbc.sql("""
                        select action from audit_event where subject_type = 'ACTING_HEAD' and subject_key = :unit
                        order by id""")
                .param("unit", unit).query(String.class).list();
    }

    private String lastAuditAfter() {
        return jdbc.sql("""
                        select after_state::text from audit_event
                        where subject_type = 'ACTING_HEAD' and subject_key = :unit order by id desc limit 1""")
                .param("unit", unit).query(String.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
