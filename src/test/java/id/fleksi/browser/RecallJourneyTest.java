package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

/**
 * The head recalls an employee to the office for Thursday of their approved week (Pasal 8 ayat (2); 27) from the
 * unit's calendar; the employee sees it on the phone. Both pages looked at in both languages at 390 and 1366 px.
 */
class RecallJourneyTest extends BrowserTest {

    /** Monday of 2027-W48, ahead of the clock. */
    static final LocalDate MONDAY = LocalDate.of(2027, 11, 29);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadRecallsAnEmployeeForThursdayAndTheEmployeeSeesItOnThePhone() throws Exception {
        WeekSteps steps = new WeekSteps(this, jdbc);
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        RealisationTestData.approvedPlan(jdbc, nip, unit.code(), MONDAY,
                List.of("KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR"));
        long plan = steps.planOf(nip);

        signIn(unit.head(), "demo12345");
        steps.recall(unit.code(), "2027-W48", plan, MONDAY.plusDays(3), "Kunjungan kerja Wali Kota ke unit",
                "recall");

        signOut();
        signIn(nip, "demo12345");
        steps.seeRecall(plan, "Kunjungan kerja Wali Kota ke unit");
        open("/saya/rencana/" + plan);
        lookAt("recall-employee");
    }
}
