package dev.crossway.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by its own ChromeDriver, logged in through Keycloak. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() throws java.io.IOException {
        Path profile = Files.createTempDirectory("crossway-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("crossway.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crossway.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(Servers.gateway().resolve(path).toString());
    }

    /** Logs in on Keycloak's page, where an unauthenticated visit to the portal lands; an administrator lands on the dashboard. */
    public void login(String user, String password) {
        open("/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/admin/dashboard"));
    }

    /** Logs in on Keycloak's page from {@code path}, for people whose role does not open the directory. */
    public void loginAt(String path, String user, String password) {
        open(path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // the adapter first lands on the path with the authorization code, then redirects to the clean
        // URL: a form filled before that redirect is thrown away with the page
        wait.until(d -> {
            String url = d.getCurrentUrl();
            return url.contains(path) && !url.contains("code=") && !url.contains("state=")
                    && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState"));
        });
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void awaitText(By by, String text) {
        awaitText(by, text, Duration.ofSeconds(30));
    }

    /** Waits for the text; on a timeout, the failure carries what the page showed instead. */
    public void awaitText(By by, String text, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("'" + text + "' did not appear in " + by + " within " + timeout
                    + "; the page showed:\n" + shown, e);
        }
    }

    /**
     * Waits until the element no longer shows {@code text}: for an AJAX update of a table whose
     * first rendering already held the rows expected after it.
     */
    public void awaitTextGone(By by, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(by, text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' was still in " + by + " after 30 s; the page showed:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * Opens {@code path} until the element shows {@code text}: for pages that show data written
     * in the background (the endpoint call log is flushed every two seconds) and do not refresh.
     */
    public void awaitTextOnReload(String path, By by, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            open(path);
            java.util.List<org.openqa.selenium.WebElement> found = driver.findElements(by);
            if (!found.isEmpty() && found.get(0).getText().contains(text)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' did not appear in " + by + " of " + path + " within " + timeout
                        + "; the page showed:\n" + driver.findElement(By.tagName("body")).getText());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
