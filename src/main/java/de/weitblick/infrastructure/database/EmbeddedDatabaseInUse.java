package de.weitblick.infrastructure.database;

import java.nio.file.Path;

/**
 * Another running Weitblick uses the embedded database's data folder; a second server on
 * the same folder would destroy it.
 */
class EmbeddedDatabaseInUse extends RuntimeException {

	private final transient Path folder;

	private final String owner;

	EmbeddedDatabaseInUse(Path folder, String owner) {
		super("The embedded database folder " + folder + " is used by the running process " + owner);
		this.folder = folder;
		this.owner = owner;
	}

	Path folder() {
		return this.folder;
	}

	/**
	 * @return the process id of the Weitblick that holds the folder, "?" when unknown
	 */
	String owner() {
		return this.owner;
	}

}
