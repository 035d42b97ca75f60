package de.weitblick.infrastructure.database;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in German and English, instead of a stack trace, that another running Weitblick
 * uses the embedded database's data folder and what to do about it.
 */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUse cause) {
		Object[] arguments = { cause.folder().toString(), cause.owner() };
		return new FailureAnalysis(both("infrastructure.database.in-use", arguments),
				both("infrastructure.database.in-use.action", arguments), cause);
	}

	/**
	 * The start-up has no message source yet: the bundles are read directly.
	 */
	private static String both(String key, Object[] arguments) {
		return text(Locale.ROOT, key, arguments) + System.lineSeparator() + text(Locale.ENGLISH, key, arguments);
	}

	private static String text(Locale locale, String key, Object[] arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}

}
