package de.weitblick.reporting;

/**
 * The file formats a list is exported in.
 */
public enum ExportFormat {

	/**
	 * Comma-separated values (semicolons, UTF-8 with byte-order mark), as Excel reads
	 * them.
	 */
	CSV("text/csv;charset=UTF-8", "csv"),

	/** An Excel workbook. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String messageKey() {
		return "reporting.export.format." + name();
	}

}
