package de.weitblick.infrastructure.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the reference case (City of Kassel) with its demo accounts is loaded. On by
 * default only for the embedded database, so a production database never receives demo
 * accounts unless someone asks for them with {@code weitblick.demo-data=true}.
 */
public final class DemoData {

	/** Flyway location of the demo data scripts, one per module. */
	static final String LOCATION = "classpath:db/demo";

	private DemoData() {
	}

	/**
	 * @param environment must not be null
	 * @return whether demo data is loaded in this environment
	 */
	public static boolean isEnabled(Environment environment) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return environment.getProperty("weitblick.demo-data", Boolean.class, embedded);
	}

}
