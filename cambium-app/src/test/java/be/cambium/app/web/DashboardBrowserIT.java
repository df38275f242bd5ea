package be.cambium.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The dashboard in a real browser: Debian's Chromium, headless, driven by Selenium through
 * Debian's chromedriver (nothing is downloaded). Screenshots of each page are saved in
 * {@code target/screenshots/}.
 */
class DashboardBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static DashboardServer server;
    static WebDriver driver;
    static Path workspace;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them): browser tests skipped");
        workspace = Files.createTempDirectory("cambium-browser-ws");
        server = new DashboardServer(TestReports.service(), workspace, TestReports.validator()).start("127.0.0.1", 0);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("cambium-chromium-profile");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        Files.createDirectories(SHOTS);
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

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void everyPageRendersItsChartsAndTables() throws Exception {
        for (String id : List.of("lines", "matrix", "flows")) {
            driver.get(url("/page/" + id));
            waiting().until(ExpectedConditions.attributeToBe(By.id("main"), "data-section", id));
            List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
            assertThat(charts).as("charts on " + id).isNotEmpty();
            for (WebElement c : charts) {
                waiting().until(d -> "true".equals(c.getAttribute("data-rendered")));
                assertThat(c.findElements(By.tagName("svg"))).as("chart " + c.getAttribute("data-chart") + " drew an svg").isNotEmpty();
            }
            assertThat(driver.findElements(By.cssSelector("#nav a"))).hasSize(3);
            shot("page-" + id);
        }
        driver.get(url("/page/lines"));
        WebElement table = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-table=values] table")));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(table.findElement(By.cssSelector("td.missing")).getText()).isEqualTo(":");
    }

    @Test
    void theCsvDownloadLinkServesTheTable() throws Exception {
        driver.get(url("/page/lines"));
        WebElement link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-table=values] a.download-csv")));
        String href = link.getAttribute("href");
        assertThat(href).endsWith("/api/tables/values.csv");
        // fetch it as the page would, from inside the browser
        Object body = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        assertThat(String.valueOf(body)).startsWith("geo,year,value,unit");
    }

    @Test
    void anInvalidUploadShowsItsErrors() throws Exception {
        Path zip = Files.createTempFile("broken", ".zip");
        Files.write(zip, TestReports.zip("a.csv", "x\n1\n"));
        driver.get(url("/"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
        driver.findElement(By.id("upload-file")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.id("upload-button")).click();
        WebElement status = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-status")));
        assertThat(status.getText()).contains("problem");
        List<WebElement> issues = driver.findElements(By.cssSelector("#upload-issues li"));
        assertThat(issues).isNotEmpty();
        assertThat(issues.get(0).getText()).contains("datapackage.json", "PKG_MISSING_FILE");
        shot("upload-invalid");
    }

    @Test
    void recomputeShowsProgressAndFinishes() throws Exception {
        driver.get(url("/"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
        driver.findElement(By.id("recompute-button")).click();
        WebElement done = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recompute-state")));
        assertThat(done.getText()).isEqualTo("Done.");
    }
}
