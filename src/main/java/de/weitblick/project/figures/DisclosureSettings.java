package de.weitblick.project.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The smallest number of people a figure may show, set under
 * {@code weitblick.disclosure}: a smaller group could be recognised by who knows the
 * project. The Federal Employment Agency publishes no cell below three cases and
 * suppresses the cells from which a hidden one could be computed; Weitblick does the
 * same.
 *
 * @param threshold the smallest number shown; 1 to 3, 0 and 1 to 2 people are shown as "<
 * 3" with the default of three
 */
@ConfigurationProperties("weitblick.disclosure")
public record DisclosureSettings(Integer threshold) {

	public DisclosureSettings {
		threshold = (threshold != null) ? threshold : 3;
		if (threshold < 1 || threshold > 50) {
			throw new IllegalArgumentException("weitblick.disclosure.threshold must lie between 1 and 50");
		}
	}

}
