package de.weitblick.privacy;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a closed case file is kept. Ten years follows the practice for SGB II files (§
 * 45 Abs. 3 SGB X); the funder's rule may demand another period, so it is a setting,
 * never a constant.
 *
 * @param afterClosing the period after the day a case was closed, such as "10y"
 */
@ConfigurationProperties("weitblick.retention")
@Validated
public record RetentionSettings(@DefaultValue("10y") @NotNull Period afterClosing) {

}
