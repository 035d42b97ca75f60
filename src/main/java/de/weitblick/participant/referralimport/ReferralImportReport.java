package de.weitblick.participant.referralimport;

import java.util.List;

/**
 * One page of an import's report.
 *
 * @param referralImport never null
 * @param findings the findings of the page, in row order; never null
 * @param page from 0
 * @param size findings per page
 * @param total findings in the whole report
 */
public record ReferralImportReport(ReferralImport referralImport, List<ReferralImportFinding> findings, int page,
		int size, long total) {

	public ReferralImportReport {
		findings = List.copyOf(findings);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
