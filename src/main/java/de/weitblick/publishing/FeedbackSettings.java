package de.weitblick.publishing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much accessibility feedback one address may send, against floods of automated
 * submissions. Counted per instance and in memory: a restart starts the count afresh.
 *
 * @param perAddress how many reports one address may send within the window; at least 1
 * @param window the time in which they are counted; positive
 */
@ConfigurationProperties("weitblick.accessibility-feedback")
public record FeedbackSettings(Integer perAddress, Duration window) {

	public FeedbackSettings {
		perAddress = (perAddress == null) ? 5 : perAddress;
		window = (window == null) ? Duration.ofHours(1) : window;
		if (perAddress < 1) {
			throw new IllegalArgumentException("weitblick.accessibility-feedback.per-address must be at least 1");
		}
		if (window.isZero() || window.isNegative()) {
			throw new IllegalArgumentException("weitblick.accessibility-feedback.window must be positive");
		}
	}

}
