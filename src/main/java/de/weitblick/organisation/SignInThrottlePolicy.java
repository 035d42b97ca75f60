package de.weitblick.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins in a row lock an account, and for how long. Kept in the
 * database, not in the process, so that every instance enforces the same count.
 *
 * @param maxFailures failures in a row that lock the account
 * @param lockDuration how long a locked account refuses sign-in
 */
@ConfigurationProperties("weitblick.sign-in")
public record SignInThrottlePolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {

}
