package de.weitblick.participant.referralimport;

import java.time.Instant;

/**
 * An import of a referral list with its progress and what became of its rows.
 *
 * @param id never null
 * @param fileName as the client named it, never null
 * @param uploadedAt never null
 * @param importerName who imported, never null
 * @param status never null
 * @param totalRows the rows below the header
 * @param processedRows the rows imported or reported so far
 * @param createdRows rows that became a case file
 * @param alreadyImportedRows rows whose customer number was on record
 * @param duplicateRows rows of people registered already or twice in the file
 * @param invalidRows rows with missing, impossible or unknown values
 * @param startedAt null while queued
 * @param finishedAt null while unfinished
 * @param charset the encoding the file was read in, never null
 * @param separator the separator the file uses
 * @param interrupted unfinished, begun or queued for longer than the check for stalled
 * imports takes, and no instance works on it or has it waiting for a worker: it waits to
 * be resumed
 */
public record ReferralImport(ReferralImportId id, String fileName, Instant uploadedAt, String importerName,
		ReferralImportStatus status, int totalRows, int processedRows, int createdRows, int alreadyImportedRows,
		int duplicateRows, int invalidRows, Instant startedAt, Instant finishedAt, String charset, char separator,
		boolean interrupted) {

	/**
	 * @return how far the import got, 0 to 100
	 */
	public int percent() {
		return (this.totalRows == 0) ? 100 : (int) (100L * this.processedRows / this.totalRows);
	}

	/**
	 * @return whether nothing more will happen
	 */
	public boolean finished() {
		return this.status.finished();
	}

	/**
	 * @return the rows that were not imported
	 */
	public int reportedRows() {
		return this.alreadyImportedRows + this.duplicateRows + this.invalidRows;
	}

}
