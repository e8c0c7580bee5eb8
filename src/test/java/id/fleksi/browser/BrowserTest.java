package id.fleksi.browser;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A journey in the system's Chromium against the running application; screenshots go to target/screenshots. */
abstract class BrowserTest extends IntegrationTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Looks at the current page as people will: at 390 and 1366 pixels, in Indonesian and English, each without
     * sideways scrolling, with a screenshot named {@code name-WIDTH-LANGUAGE}; then back in Indonesian at 1280.
     */
    void lookAt(String name) throws IOException {
        String page = browser.getCurrentUrl().replaceAll("[?&]lang=[a-z]+", "");
        for (String language : new String[]{"id", "en"}) {
            for (int width : new int[]{390, 1366}) {
                browser.manage().window().setSize(new Dimension(width, width < 400 ? 844 : 768));
                browser.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                // the window's new size reaches the page's layout a moment after the resize returns
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> ((Number) browser.executeScript(
                        "return window.innerWidth;")).intValue() == width);
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                screenshot(name + "-" + width + "-" + language);
                assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways at " + width + " px, past "
                        + widest()).isLessThanOrEqualTo(0);
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(page + (page.contains("?") ? "&" : "?") + "lang=id");
    }

    /** Sets the window's width and waits until the page's layout has reached it. */
    void resize(int width) {
        browser.manage().window().setSize(new Dimension(width, width < 400 ? 844 : 900));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> ((Number) browser.executeScript(
                "return window.innerWidth;")).intValue() == width);
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Signs in on the form and waits until the sign-in has landed, or the next page would race the form's POST. */
    void signIn(String username, String password) {
        open("/login?lang=id");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Clicks as a person would, after scrolling the element to the middle of the window. */
    void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    void click(String css) {
        click(By.cssSelector(css));
    }

    /**
     * Clicks a button that sends its form and waits until the next page has replaced this one, so that what is
     * looked for next is not found on the page being left.
     */
    void clickAndWait(String css) {
        browser.executeScript("window.fleksiLeaving = true;");
        click(By.cssSelector(css));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.fleksiLeaving !== true && document.readyState === 'complete';")));
    }

    void assertSuccess() {
        assertThat(browser.findElements(By.cssSelector(".alert-success"))).as("a success message on "
                + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("main")).getText()).isNotEmpty();
    }

    void assertNoSidewaysScroll() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scroll in px, past " + widest())
                .isLessThanOrEqualTo(0);
    }

    /** The innermost elements reaching past the window's right edge, to say what scrolls sideways. */
    private Object widest() {
        return browser.executeScript("""
                const edge = document.documentElement.clientWidth;
                const past = new Set([...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > edge + 0.5)
                    .filter(e => getComputedStyle(e).position === 'absolute'
                        || (() => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                            if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })()));
                // the innermost: a scrolling box (a responsive table) that is itself too wide counts as one
                return [...past]
                    .filter(e => ![...e.children].some(c => past.has(c)))
                    .slice(0, 5)
                    .map(e => e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 60) + '" '
                        + Math.round(e.getBoundingClientRect().right))
                    .join('; ');""");
    }

    /** The whole page, not only the window's height, so that what lies below the fold is looked at too. */
    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Map<?, ?> size = (Map<?, ?>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        // the window's whole width: taken beyond the viewport, the page loses its scrollbar and is laid out on
        // all of it, wider than the content measured with the scrollbar
        Number width = (Number) browser.executeScript("return window.innerWidth;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
                Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1);
        Object png = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        Files.write(target, Base64.getDecoder().decode((String) png));
    }

    /**
     * Chooses a unit in a unit field: from its list, or, where the institution has more units than a list holds
     * (as the test database may), by typing its code.
     */
    protected void chooseUnit(String id, String code) {
        WebElement field = browser.findElement(By.id(id));
        if ("select".equals(field.getTagName())) {
            new org.openqa.selenium.support.ui.Select(field).selectByValue(code);
        } else {
            field.clear();
            field.sendKeys(code);
        }
    }
}
