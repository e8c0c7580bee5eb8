package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An employee on a phone makes an API token for a script, copies it once, sees it listed without its secret, and
 * revokes it after a confirmation; the token works until then and is refused after. The page is looked at in
 * both languages at 390 and 1366 pixels, without sideways scrolling.
 */
class TokenJourneyTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anEmployeeMakesUsesAndRevokesATokenOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/login");
        signOut();
        signIn("pegawai", "demo12345");

        browser.get(url("/akun/token"));
        browser.findElement(By.id("name")).sendKeys("Skrip rekap presensi");
        browser.findElement(By.id("expiresInDays")).clear();
        browser.findElement(By.id("expiresInDays")).sendKeys("30");
        click(By.cssSelector("[data-testid='token-form'] button[type='submit']"));

        String token = browser.findElement(By.cssSelector("[data-testid='token-value']")).getAttribute("value");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(browser.findElement(By.cssSelector("[data-testid='token-created']")).getText())
                .contains("Skrip rekap presensi", "hanya menampilkannya sekali");
        assertNoSidewaysScroll();
        screenshot("tokens-created-390-id");
        assertThat(status(token)).isEqualTo(HttpStatus.OK.value());

        browser.get(url("/akun/token"));
        assertThat(browser.getPageSource()).doesNotContain(token);
        assertThat(browser.findElement(By.cssSelector("[data-testid='token-list']")).getText())
                .contains("Skrip rekap presensi", "Terakhir dipakai");
        assertNoSidewaysScroll();
        screenshot("tokens-list-390-id");

        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/akun/token?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("API tokens");
        assertNoSidewaysScroll();
        screenshot("tokens-list-1366-en");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/akun/token"));
        assertNoSidewaysScroll();
        screenshot("tokens-list-390-en");
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/akun/token?lang=id"));
        assertNoSidewaysScroll();
        screenshot("tokens-list-1366-id");

        browser.manage().window().setSize(new Dimension(390, 844));
        click(By.cssSelector("[data-testid='token-list'] a.btn-outline-danger"));
        assertThat(browser.findElement(By.cssSelector("[data-testid='token-revoke']")).getText())
                .contains("Cabut token ini?", "Skrip rekap presensi");
        assertNoSidewaysScroll();
        screenshot("tokens-revoke-390-id");
        click(By.cssSelector("[data-testid='token-revoke'] button.btn-danger"));

        assertThat(browser.findElement(By.cssSelector("[role='status']")).getText()).contains("Token sudah dicabut");
        assertThat(browser.findElements(By.cssSelector("[data-testid='tokens-none']"))).hasSize(1);
        assertThat(status(token)).isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    private int status(String token) throws Exception {
        return mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus();
    }
}
