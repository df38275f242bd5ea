package be.cambium.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.cambium.app.service.DataService;
import be.cambium.app.service.ReportService;
import be.cambium.report.model.Section;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real dashboard (the standard report on the bundled data) in headless Chromium: every page
 * renders every chart and table of its section. Screenshots go to {@code target/screenshots/standard-*.png}.
 */
class StandardDashboardBrowserIT {

    static DashboardServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DashboardBrowserIT.CHROMIUM) && Files.isExecutable(DashboardBrowserIT.DRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them): browser tests skipped");
        Path ws = Files.createTempDirectory("cambium-standard-ws");
        DataService data = new DataService();
        server = new DashboardServer(ReportService.standard(), ws, dir -> data.validate(dir).report()).start("127.0.0.1", 0);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(DashboardBrowserIT.CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,2400", "--user-data-dir=" + Files.createTempDirectory("cambium-chromium-profile"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DashboardBrowserIT.DRIVER.toFile())
                .usingAnyFreePort().build(), o);
        Files.createDirectories(DashboardBrowserIT.SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everySectionPageShowsItsChartsAndTables() throws Exception {
        List<Section> sections = server.report().sections();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(6);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        for (Section s : sections) {
            driver.get("http://127.0.0.1:" + server.port() + "/page/" + s.id());
            wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-section", s.id()));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(s.title());
            List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
            assertThat(charts).as("charts on page " + s.id()).hasSize(s.charts().size());
            for (WebElement c : charts) {
                wait.until(d -> "true".equals(c.getAttribute("data-rendered")));
                assertThat(c.findElements(By.tagName("svg"))).as("chart " + c.getAttribute("data-chart")).isNotEmpty();
            }
            assertThat(driver.findElements(By.cssSelector("[data-table]"))).as("tables on page " + s.id())
                    .hasSize(s.tables().size());
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), DashboardBrowserIT.SHOTS.resolve("standard-" + s.id() + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
