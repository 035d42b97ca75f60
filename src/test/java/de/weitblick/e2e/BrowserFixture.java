package de.weitblick.e2e;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The machine's Chromium, driven by Playwright against the application the Spring test
 * context serves. One browser per test class keeps the tests quick; every test gets fresh
 * browser contexts (no cookies, no session), closed after it.
 * <p>
 * Every page opened through the fixture is watched for Content-Security-Policy
 * violations: the test that caused one fails, whatever it asserted.
 * <p>
 * Register it as a static field after the Spring test annotation, so that the application
 * is running before the first page opens: <pre>
 * &#64;RegisterExtension
 * static final BrowserFixture browser = new BrowserFixture();
 * </pre>
 */
public final class BrowserFixture
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	/** System property or environment variable naming the Chromium binary. */
	public static final String CHROMIUM = "WEITBLICK_CHROMIUM";

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "weitblick-demo";

	private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private Playwright playwright;

	private Browser browser;

	private String baseUrl;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> policyViolations = new CopyOnWriteArrayList<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		// The browser comes from the operating system; Playwright must never fetch one.
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium()))
				.setArgs(CHROMIUM_ARGS)
				.setHeadless(true));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
		this.policyViolations.clear();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
		if (!this.policyViolations.isEmpty()) {
			throw new AssertionError(
					"The Content-Security-Policy was violated:\n  " + String.join("\n  ", this.policyViolations));
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/**
	 * Opens a page in a new browser context whose browser asks for the given language.
	 * @param language the language the browser prefers, must not be null
	 * @return a blank page; relative addresses resolve against the application
	 */
	public Page open(Language language) {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setLocale(language.browserLocale())
			.setViewportSize(1280, 900));
		this.contexts.add(context);
		Page page = context.newPage();
		watch(page);
		// Pages the application opens itself (none yet) are watched as well.
		context.onPage(this::watch);
		return page;
	}

	/**
	 * Opens a page in a new browser context and signs in there.
	 * @param username a demo account, must not be null
	 * @param language the language the browser prefers, must not be null
	 * @return the start page the account lands on after signing in
	 */
	public Page signedInAs(String username, Language language) {
		Page page = open(language);
		page.navigate("/sign-in");
		page.locator("#username").fill(username);
		page.locator("#password").fill(DEMO_PASSWORD);
		page.locator("main form button[type=submit]").click();
		// Counsellors land on their day, participants in their own area, everybody else
		// on
		// the start page.
		page.waitForURL(url -> url.equals(this.baseUrl + "/") || url.equals(this.baseUrl + "/counselling/today")
				|| url.equals(this.baseUrl + "/mein-bereich"));
		return page;
	}

	/**
	 * @return the application's address, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * @return the Content-Security-Policy violations reported by the pages of the current
	 * test so far; never null
	 */
	public List<String> policyViolations() {
		return List.copyOf(this.policyViolations);
	}

	private void watch(Page page) {
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				this.policyViolations.add(page.url() + ": " + message.text());
			}
		});
	}

	private static String chromium() {
		String configured = System.getProperty(CHROMIUM, System.getenv(CHROMIUM));
		return (configured != null && !configured.isBlank()) ? configured : DEFAULT_CHROMIUM;
	}

	/**
	 * The languages the application speaks, as a browser asks for them.
	 */
	public enum Language {

		/** German, the application's first language. */
		GERMAN("de-DE"),

		/** English. */
		ENGLISH("en-GB");

		private final String browserLocale;

		Language(String browserLocale) {
			this.browserLocale = browserLocale;
		}

		String browserLocale() {
			return this.browserLocale;
		}

	}

}
