package vn.motcua.e2e.browser;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Chromium (Debian's package) driven by Playwright, one per test class; screenshots
 * are kept under {@code e2e/target/screenshots} as test artifacts.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** Starts the browser; the calling test is skipped, visibly, where no Chromium is installed (CI installs it). */
    public static Browser start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        return new Browser();
    }

    /** A fresh page (own cookies) with a laptop-sized viewport. */
    public Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 900).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh")).newPage();
    }

    /** A fresh page with a phone-sized viewport. */
    public Page newPhonePage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")).newPage();
    }

    /**
     * Signs in to the operators' dashboard as a person does: pastes the token into the sign-in form, which posts it
     * (a token in the URL is no longer accepted), and lands on the dashboard.
     */
    public static Page signInToDashboard(Page page, String slaUrl, String token) {
        page.navigate(slaUrl + "/dashboard/sign-in");
        page.fill("#token", token);
        page.locator("#main button[type=submit]").click();
        page.waitForURL("**/dashboard");
        return page;
    }

    /** Signs out with the dashboard's button (a POST) and lands on the sign-in page. */
    public static Page signOutOfDashboard(Page page) {
        page.locator("header.top button[type=submit]").click();
        page.waitForURL("**/dashboard/sign-in");
        return page;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
