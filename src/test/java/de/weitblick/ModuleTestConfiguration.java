package de.weitblick;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a module test ({@code @ApplicationModuleTest}) needs from the
 * {@code infrastructure} module, which it does not start: the application's clock and the
 * password encoder of the staff accounts (every module that depends on
 * {@code organisation} starts its initial administrator). The database is the test
 * database named by {@code WEITBLICK_TEST_DATABASE_URL} (profile {@code test}), migrated
 * by Flyway; security is Spring Boot's default, as the module's web layer is not under
 * test there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
