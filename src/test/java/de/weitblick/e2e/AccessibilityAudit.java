package de.weitblick.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Checks a page against WCAG 2.1 A and AA with axe-core, the rule engine behind most
 * accessibility audits. Serious and critical violations fail; moderate and minor ones are
 * left to manual review.
 * <p>
 * axe-core is loaded from the test classpath ({@code /axe/axe.min.js}, copied there by
 * the build). The pages forbid inline scripts, so the script is not injected as inline
 * text but served to the page under its own origin by an intercepted request: the page's
 * Content-Security-Policy stays in force during the audit.
 */
public final class AccessibilityAudit {

	private static final String AXE_RESOURCE = "/axe/axe.min.js";

	private static final String AXE_PATH = "/axe-core-under-test/axe.min.js";

	private static final String RUN_AXE = """
			async () => {
				const results = await axe.run(document, {
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
				});
				return results.violations
					.filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
					.map(violation => ({
						id: violation.id,
						impact: violation.impact,
						help: violation.help,
						targets: violation.nodes.map(node => String(node.target))
					}));
			}
			""";

	private static final byte[] AXE_SCRIPT = readAxe();

	private AccessibilityAudit() {
	}

	/**
	 * Fails when the page shown has a serious or critical WCAG 2.1 AA violation.
	 * @param page the page to check, loaded and settled, must not be null
	 */
	public static void assertNoSeriousViolations(Page page) {
		List<String> violations = seriousViolations(page);
		if (!violations.isEmpty()) {
			throw new AssertionError(
					"axe-core found serious accessibility violations:\n  " + String.join("\n  ", violations));
		}
	}

	/**
	 * Runs axe-core on the page shown.
	 * @param page the page to check, loaded and settled, must not be null
	 * @return one readable line per serious or critical violation (page address, rule,
	 * impact, help text and the elements concerned); empty when there is none, never null
	 */
	public static List<String> seriousViolations(Page page) {
		inject(page);
		Object result = page.evaluate(RUN_AXE);
		return ((List<?>) result).stream()
			.map(Map.class::cast)
			.map(violation -> "%s: %s (%s) %s -> %s".formatted(page.url(), violation.get("id"), violation.get("impact"),
					violation.get("help"), violation.get("targets")))
			.toList();
	}

	private static void inject(Page page) {
		if (Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			return;
		}
		String pattern = "**" + AXE_PATH;
		page.route(pattern, AccessibilityAudit::serveAxe);
		try {
			page.addScriptTag(new Page.AddScriptTagOptions().setUrl(AXE_PATH));
		}
		finally {
			page.unroute(pattern);
		}
	}

	private static void serveAxe(Route route) {
		route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("text/javascript; charset=utf-8")
			.setBodyBytes(AXE_SCRIPT));
	}

	private static byte[] readAxe() {
		try (InputStream axe = AccessibilityAudit.class.getResourceAsStream(AXE_RESOURCE)) {
			if (axe == null) {
				throw new IllegalStateException(
						AXE_RESOURCE + " is not on the test classpath; the build copies it from node_modules/axe-core");
			}
			return axe.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
