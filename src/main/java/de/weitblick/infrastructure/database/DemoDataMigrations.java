package de.weitblick.infrastructure.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Adds the demo data scripts to the migrations when demo data is on. They are repeatable
 * and insert with fixed identifiers, so running them again changes nothing.
 */
@Component
class DemoDataMigrations implements FlywayConfigurationCustomizer {

	private final Environment environment;

	DemoDataMigrations(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
		if (DemoData.isEnabled(this.environment)) {
			List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
			locations.add(new Location(DemoData.LOCATION));
			configuration.locations(locations.toArray(Location[]::new));
		}
	}

}
