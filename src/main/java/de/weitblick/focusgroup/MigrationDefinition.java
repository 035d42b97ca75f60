package de.weitblick.focusgroup;

/**
 * Which of Destatis' two definitions decides membership of the focus group "migration
 * history". The Federal Employment Agency's statistical definition (MighEV) is
 * deliberately not offered: it must not drive case decisions.
 */
public enum MigrationDefinition {

	/**
	 * Migrationshintergrund: the person or at least one parent was born without German
	 * citizenship.
	 */
	MIGRATION_BACKGROUND,

	/** Einwanderungsgeschichte: the person, or both parents, immigrated since 1950. */
	IMMIGRATION_HISTORY

}
