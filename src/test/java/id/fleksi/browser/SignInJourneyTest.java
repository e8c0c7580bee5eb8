package id.fleksi.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A person at the login page, in a real browser: each demo account reaches its own home page. */
class SignInJourneyTest extends BrowserTest {


    @BeforeEach
    void signedOutInIndonesian() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=id"));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "ppk,         home-ppk,         Pejabat Pembina Kepegawaian, Pejabat Pembina Kepegawaian",
            "kepegawaian, home-kepegawaian, Fitri Rahayu,                Kepegawaian",
            "kepala,      home-pimpinan,    Joko Permata,                Pimpinan Unit",
            "pegawai,     home-pegawai,     Kartika Nugroho,             Pegawai"})
    void eachDemoAccountSignsInAndSeesItsHome(String username, String home, String name, String role)
            throws IOException {
        signIn(username, "demo12345");

        assertThat(browser.findElements(By.cssSelector("[data-testid='" + home + "']"))).hasSize(1);
        WebElement menu = browser.findElement(By.cssSelector("[data-testid='user-menu']"));
        assertThat(menu.getText()).contains(name);
        // the role heads the account's menu
        assertThat(menu.findElement(By.xpath("following-sibling::ul")).getAttribute("textContent")).contains(role);
        screenshot("home-" + username);
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("pegawai");
        browser.findElement(By.id("password")).sendKeys("bukan-sandinya");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("error"));

        assertThat(browser.findElement(By.cssSelector("[data-testid='login-error']")).getText())
                .contains("kata sandi salah");
        assertThat(browser.getCurrentUrl()).contains("/login?error=credentials");
        // the username typed is still there, the password is asked again
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("pegawai");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
    }

    @Test
    void aForgottenPasswordLeadsToWhatToDo() throws IOException {
        open("/login");
        browser.findElement(By.cssSelector("[data-testid='forgotten']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().endsWith("/lupa-kata-sandi"));
        assertThat(browser.findElement(By.cssSelector("[data-testid='password-forgotten']")).getText())
                .contains("bagian kepegawaian", "kata sandi awal");
        lookAt("password-forgotten");
    }

    @Test
    void tooManyFailuresSayHowLongToWait() throws IOException {
        open("/login?error=throttled&wait=150");
        assertThat(browser.findElement(By.cssSelector("[data-testid='login-error']")).getText())
                .contains("Tunggu 3 menit lalu coba lagi");
        lookAt("login-throttled");
    }

    @Test
    void theLanguageCanBeSwitchedToEnglishAndIsRemembered() {
        browser.get(url("/login?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Fleksi");
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Fleksi");
        browser.get(url("/login?lang=id"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk ke Fleksi");
    }
}
