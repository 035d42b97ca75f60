package de.weitblick.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A funder report running in the background or done.
 *
 * @param id never null
 * @param programmeId never null
 * @param programmeName never null
 * @param projectId the project reported on, or null for all of the programme's
 * @param from never null
 * @param to never null
 * @param status never null
 * @param progressPercent 0 to 100
 * @param requestedAt never null
 * @param finishedAt null while running
 */
public record ReportRun(UUID id, UUID programmeId, String programmeName, UUID projectId, LocalDate from, LocalDate to,
		Status status, int progressPercent, Instant requestedAt, Instant finishedAt) {

	/**
	 * Where a run stands.
	 */
	public enum Status {

		/** Waiting for its turn. */
		QUEUED,

		/** Computing the figures and writing the files. */
		RUNNING,

		/** The files can be downloaded. */
		DONE,

		/** It failed; no file was kept. */
		FAILED;

		public String messageKey() {
			return "reporting.run.status." + name();
		}

	}

	public boolean isFinished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

}
