package de.weitblick;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Weitblick: the platform that runs a city's municipal labour-market promotion (Kommunale
 * Arbeitsförderung).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WeitblickApplication {

	public static void main(String[] args) {
		SpringApplication.run(WeitblickApplication.class, args);
	}

}
