package de.weitblick.participant.merge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.PossibleDuplicate;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the merge pages for one viewer, each with the access decided once and the read
 * audited once: choosing the other record, and both records side by side.
 */
@Service
public class MergePages {

	private final CaseFileMerge merge;

	private final CaseFileReading caseFiles;

	private final ParticipantManagement participants;

	private final ParticipantFinder finder;

	private final OrganisationManagement organisation;

	MergePages(CaseFileMerge merge, CaseFileReading caseFiles, ParticipantManagement participants,
			ParticipantFinder finder, OrganisationManagement organisation) {
		this.merge = merge;
		this.caseFiles = caseFiles;
		this.participants = participants;
		this.finder = finder;
		this.organisation = organisation;
	}

	/**
	 * The page to choose the record to merge into a case file: its possible duplicates
	 * and, when a name is given, the records found by it.
	 * @param name the name to search for, may be null
	 * @throws NotFound when the viewer may not change the case file
	 */
	@Transactional
	public MergeChoicePage choice(ParticipantId id, String name, StaffMember viewer) {
		CaseFile caseFile = this.caseFiles.caseFileToChange(id, viewer);
		List<PossibleDuplicate> duplicates = this.participants
			.possibleDuplicates(caseFile.participant().details(), id, viewer)
			.stream()
			.filter(PossibleDuplicate::isVisible)
			.toList();
		List<ParticipantListItem> found = null;
		if (name != null && !name.isBlank()) {
			found = this.finder
				.search(new ParticipantSearch(name, null, null, null, null, null, null, false, 0,
						ParticipantSearch.DEFAULT_SIZE), viewer, AccessPurpose.SEARCH)
				.items()
				.stream()
				.filter(item -> !item.id().equals(id))
				.toList();
		}
		return new MergeChoicePage(caseFile.participant(), duplicates, name, found);
	}

	/**
	 * Both records side by side, with the choices made kept where they still apply.
	 * @param choices per differing field, the side chosen; a field not named shows the
	 * survivor's value chosen; must not be null
	 * @throws NotFound when the viewer may not change both records
	 * @throws RuleViolation when both are the same record
	 */
	@Transactional
	public MergePage comparison(ParticipantId survivor, ParticipantId merged, Map<MergeField, MergeSide> choices,
			StaffMember viewer, Locale locale) {
		MergeComparison comparison = this.merge.compare(survivor, merged, viewer);
		List<MergePage.Row> rows = comparison.conflicts()
			.stream()
			.map(conflict -> new MergePage.Row(conflict.field(),
					this.merge.describe(conflict.field(), conflict.survivorValue(), locale),
					this.merge.describe(conflict.field(), conflict.mergedValue(), locale),
					choices.getOrDefault(conflict.field(), MergeSide.SURVIVOR)))
			.toList();
		return new MergePage(comparison, rows, counsellorName(comparison.survivor().counsellorId()),
				counsellorName(comparison.merged().counsellorId()));
	}

	private String counsellorName(UUID counsellorId) {
		return this.organisation.staffMember(counsellorId).map(StaffMember::displayName).orElse("");
	}

}
