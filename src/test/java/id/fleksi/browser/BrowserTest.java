package id.fleksi.browser;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways at " + width + " px")
                        .isLessThanOrEqualTo(0);
                screenshot(name + "-" + width + "-" + language);
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(page + (page.contains("?") ? "&" : "?") + "lang=id");
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
