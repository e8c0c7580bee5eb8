package id.fleksi.browser;

import id.fleksi.planning.ScopedMinimumTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of a unit inside a minimum presence the PPK scoped to a unit tree (Pasal 27) reads that minimum, and that
 * it is the unit's own, on the unit's calendar, on a waiting plan and on the dashboard: looked at in both languages at
 * 390 and 1366 px. The week 2071-W20 has a trial version of its own ({@link ScopedMinimumTestData}).
 */
class ScopedMinimumJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theHeadReadsTheUnitsOwnMinimumOnTheCalendarThePlanAndTheDashboard() throws Exception {
        ScopedMinimumTestData.Tree tree = ScopedMinimumTestData.create(jdbc, mvc, json, LocalDate.of(2071, 5, 11));
        String head = tree.inner().head();
        long plan = ScopedMinimumTestData.plan(jdbc, tree.inner().staff().get(0), tree.monday(), "SUBMITTED");

        signIn(head, "demo12345");
        open("/unit/" + tree.inner().code() + "/kalender?minggu=" + tree.week());
        assertThat(browser.findElement(By.cssSelector("[data-testid='calendar-scoped-minimum']")).getText())
                .contains("80%").contains(tree.parent().code());
        lookAt("calendar-scoped-minimum");

        open("/persetujuan/" + plan);
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-scoped-minimum']")).getText())
                .contains("80%").contains(tree.parent().code());
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-unit-week']")).getText())
                .contains("80%");
        lookAt("inbox-plan-scoped-minimum");

        open("/dasbor?minggu=" + tree.week());
        assertThat(browser.findElement(By.cssSelector("[data-testid='dashboard-scoped-minimum']")).isDisplayed())
                .isTrue();
        lookAt("dashboard-scoped-minimum");
    }
}
