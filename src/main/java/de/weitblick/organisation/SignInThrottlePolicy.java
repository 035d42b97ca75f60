package de.weitblick.organisation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins in a row lock an account, and for how long. Kept in the
 * database, not in the process, so that every instance enforces the same count.
 *
 * @param maxFailures failures in a row that lock the account
 * @param lockDuration how long a locked account refuses sign-in
 */
@ConfigurationProperties("weitblick.sign-in")
@Validated
public record SignInThrottlePolicy(@DefaultValue("5") @Min(1) int maxFailures,
		@DefaultValue("15m") @NotNull Duration lockDuration) {

}
