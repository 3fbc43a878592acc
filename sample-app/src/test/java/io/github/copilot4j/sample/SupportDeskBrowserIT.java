package io.github.copilot4j.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in the machine's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven through
 * {@value #CHROMEDRIVER}; Selenium downloads nothing): a question streams an answer after a tool call, a ticket is
 * approved, the audit log shows the calls, and the conversation survives a reload. Screenshots are written to
 * {@code target/browser-screenshots}. Without Chromium the test is skipped, except on CI (the {@code CI} environment
 * variable is set), where {@code .ci/run} installs it.
 */
@SupportDeskTest
class SupportDeskBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @LocalServerPort
    private int port;

    private Path profile;
    private ChromeDriverService service;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        assumeTrue(installed || System.getenv("CI") != null, "The browser test needs " + CHROMIUM + " and "
                + CHROMEDRIVER + ": apt-get install chromium chromium-driver (on CI it fails without them)");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        profile = Files.createTempDirectory("support-desk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1440,1000");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
        wait = new WebDriverWait(browser, WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void answersWithAToolApprovesATicketAndShowsTheAuditLog() {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
        assertThat(browser.findElement(By.id("banner")).getText())
                .contains("Answers come from a scripted demo model");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-stream", "ready"));
        screenshot("1-start");

        ask("What is the status of order A-1002?");
        WebElement answer = awaitAssistantMessageContaining("Order A-1002");
        assertThat(answer.getText()).isEqualTo("Order A-1002 of 2026-11-18 (1299.50) is SHIPPED, with Parcelway "
                + "(tracking PW-58831).");
        assertThat(toolChip("get_order_status").getDomAttribute("data-status")).isEqualTo("success");
        screenshot("2-answer");

        ask("Open a ticket for Ada Lovelace: order A-1002 arrived damaged");
        WebElement approval = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".approval:not(.resolved)")));
        assertThat(approval.getText()).contains("Open a NORMAL priority ticket for Ada Lovelace (customer #1): "
                + "Order A-1002 arrived damaged");
        screenshot("3-approval");
        approval.findElement(By.cssSelector("button.approve")).click();

        WebElement confirmation = awaitAssistantMessageContaining("I opened ticket #");
        assertThat(confirmation.getText()).contains("for Ada Lovelace: \"Order A-1002 arrived damaged\"");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#audit-table tr[data-tool='open_ticket'][data-outcome='success']")));
        List<String> auditedTools = browser.findElements(By.cssSelector("#audit-table tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-tool")).toList();
        assertThat(auditedTools).contains("get_order_status", "find_customer", "open_ticket");
        assertThat(browser.findElement(By.id("ticket-table")).getText()).contains("Order A-1002 arrived damaged");
        screenshot("4-ticket-and-audit");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-stream", "ready"));
        assertThat(browser.findElements(By.cssSelector(".message.assistant"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("I opened ticket #"));
        assertThat(browser.findElements(By.cssSelector(".tool-chip"))).hasSize(3);
        screenshot("5-after-reload");
    }

    private void ask(String question) {
        WebElement prompt = wait.until(ExpectedConditions.elementToBeClickable(By.id("prompt")));
        prompt.sendKeys(question);
        browser.findElement(By.id("send")).click();
    }

    private WebElement awaitAssistantMessageContaining(String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".message.assistant:not(.streaming)"))
                .stream()
                .filter(message -> message.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    private WebElement toolChip(String toolName) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".tool-chip")).stream()
                .filter(chip -> chip.findElement(By.className("tool-name")).getText().equals(toolName))
                .findFirst()
                .orElse(null));
    }

    private void screenshot(String name) {
        File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }
}
