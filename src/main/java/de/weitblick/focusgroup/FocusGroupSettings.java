package de.weitblick.focusgroup;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the focus-group rules that the office chooses itself.
 *
 * @param migrationDefinition the definition of a migration history in force
 */
@ConfigurationProperties("weitblick.focus-groups")
@Validated
public record FocusGroupSettings(
		@DefaultValue("MIGRATION_BACKGROUND") @NotNull MigrationDefinition migrationDefinition) {

}
