package de.weitblick.organisation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle is a setting; a setting that would switch it off is refused at
 * start.
 */
class SignInThrottlePolicyTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PolicyConfiguration.class);

	@Test
	void withoutSettingsFiveFailuresLockForFifteenMinutes() {
		this.context.run(context -> {
			SignInThrottlePolicy policy = context.getBean(SignInThrottlePolicy.class);
			assertThat(policy.maxFailures()).isEqualTo(5);
			assertThat(policy.lockDuration()).isEqualTo(Duration.ofMinutes(15));
		});
	}

	@Test
	void aLimitBelowOneIsRefusedWithTheNameOfTheSetting() {
		this.context.withPropertyValues("weitblick.sign-in.max-failures=0").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("weitblick.sign-in");
		});
	}

	@Test
	void aDurationThatIsNoDurationIsRefused() {
		this.context.withPropertyValues("weitblick.sign-in.lock-duration=lange")
			.run(context -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SignInThrottlePolicy.class)
	static class PolicyConfiguration {

	}

}
