package org.headshots.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium (Debian's, driven by /usr/bin/chromedriver): one per person, so no session leaks. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final Path profile;

    Browser() throws IOException {
        profile = Files.createTempDirectory("headshots-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("headshots.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads().toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("headshots.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Where this browser saves what it downloads. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    /**
     * Waits for a finished download whose name matches, and gives its path. Chromium may make the file under its
     * final name, empty, before it writes the bytes to a {@code .crdownload} file and moves that over it: a
     * download is finished when the name is there, not empty, and no {@code .crdownload} is left.
     */
    Path awaitDownload(String namePattern, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (Files.isDirectory(downloads())) {
                List<Path> files;
                try (var listed = Files.list(downloads())) {
                    files = listed.toList();
                }
                boolean writing = files.stream()
                        .anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                var done = files.stream()
                        .filter(file -> file.getFileName().toString().matches(namePattern))
                        .findFirst();
                if (!writing && done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No download like " + namePattern + " in " + timeout);
    }

    void open(String path) {
        driver.get(HeadshotsSystem.APP + path);
    }

    /** Signs in through Keycloak's own login form (name, then password), as a person would. */
    void signInAs(String username) {
        open("/");
        waitFor(By.id("kc-form-login"));
        signInOnTheForm(username);
        waitFor(By.id("signed-in-as"));
    }

    /** Fills in Keycloak's login form, shown now, and waits until the application has the person back. */
    void signInOnTheForm(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // organisations on: Keycloak asks who you are first (to find your organisation), then your password
            driver.findElement(By.id("kc-login")).click();
            waitFor(By.id("password"));
        }
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().startsWith(HeadshotsSystem.APP)
                        && !d.getCurrentUrl().contains("/callback"));
    }

    /** Picks an item of a PrimeFaces select menu, as a person clicks it, until the menu shows it chosen. */
    void choose(String menuId, String label) {
        By trigger = By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger");
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        RuntimeException last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                if (!driver.findElement(panel).isDisplayed()) {
                    clickWhenReady(trigger);
                }
                clickWhenReady(item);
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (org.openqa.selenium.WebDriverException stillAnimating) {
                last = stillAnimating;
            }
        }
        throw new AssertionError("Could not choose '" + label + "' in " + menuId, last);
    }

    /** Ticks an item of a PrimeFaces checkbox menu, as a person clicks it, and closes the menu. */
    void tick(String menuId, String value) {
        By trigger = By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger");
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-item-value='" + value + "'] .ui-chkbox-box");
        if (!driver.findElement(panel).isDisplayed()) {
            clickWhenReady(trigger);
        }
        clickWhenReady(item);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(item).getAttribute("class").contains("ui-state-active"));
        driver.findElement(trigger).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** Types into a PrimeFaces multiple auto-complete and picks the suggestion whose value is {@code value}. */
    void pick(String autoCompleteId, String typed, String value) {
        WebElement input = driver.findElement(By.id(autoCompleteId + "_input"));
        input.sendKeys(typed);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='" + autoCompleteId + "_panel'] [data-item-value='" + value + "']")))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d ->
                        d.findElements(By.cssSelector("[id='" + autoCompleteId + "'] .ui-autocomplete-token")).stream()
                                .anyMatch(token -> token.getText().contains(value)));
    }

    /** Clicks the element once it can be clicked, waiting up to 10 s. */
    private void clickWhenReady(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    WebElement waitFor(By locator) {
        return waitFor(locator, Duration.ofSeconds(60));
    }

    WebElement waitFor(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits until the element's text is no longer {@code old} (the page re-rendered it). */
    void waitForTextOtherThan(By locator, String old, Duration timeout) {
        new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(locator).isEmpty()
                        && !old.equals(d.findElement(locator).getText()));
    }

    /** The text of an element, read again when the page replaced it meanwhile (live-refreshed parts). */
    String text(By locator) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(locator).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebDriver driver() {
        return driver;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    void savePage(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(
                    SCREENSHOTS.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("No page source " + name + ": " + e);
        }
    }

    /** What Chromium wrote on its console since the last call, each entry as ChromeDriver words it. */
    List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    /**
     * What the application's pages did that their Content-Security-Policy refused (an inline handler or script
     * without the page's nonce, say), among the console's entries: those of our pages, and those a script caused
     * (Chromium names no page for them, only "security"); not Keycloak's pages, whose policy is Keycloak's.
     */
    static List<String> policyViolations(List<String> console) {
        return console.stream()
                .filter(message -> message.contains("Content Security Policy"))
                .filter(message -> message.startsWith(HeadshotsSystem.APP) || !message.startsWith("http"))
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
