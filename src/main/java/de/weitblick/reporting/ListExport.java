package de.weitblick.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The export of a list, running in the background or done.
 *
 * @param id never null
 * @param list never null
 * @param format never null
 * @param filters the filters applied, by name; never null
 * @param status never null
 * @param progressPercent 0 to 100
 * @param rowCount the rows written, null until done
 * @param requestedAt never null
 * @param finishedAt null while running
 * @param keepUntil when the file is deleted; null until done
 */
public record ListExport(UUID id, ExportedList list, ExportFormat format, Map<String, String> filters,
		ReportRun.Status status, int progressPercent, Integer rowCount, Instant requestedAt, Instant finishedAt,
		Instant keepUntil) {

	public ListExport {
		filters = Map.copyOf(filters);
	}

	public boolean isFinished() {
		return this.status == ReportRun.Status.DONE || this.status == ReportRun.Status.FAILED;
	}

	/**
	 * An export's file ready to download.
	 *
	 * @param fileName never null
	 * @param format never null
	 * @param content never null
	 */
	public record File(String fileName, ExportFormat format, byte[] content) {
	}

}
