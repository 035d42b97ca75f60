package de.weitblick;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a module test of {@code organisation}, or of a module that depends on it, needs
 * from the {@code infrastructure} module beyond {@link ModuleTestConfiguration}: the
 * password encoder the staff accounts use.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StaffModuleTestConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
