package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data protection officer's look-up of a person by name and date of birth, to open
 * that person's audit trail. The look-up shows names and birth dates, so it is itself a
 * read of personal data and recorded: one entry naming the people found, without the name
 * searched for.
 */
@Service
public class DataSubjectLookup {

	private final List<DataSubjects> sources;

	private final AuditTrail audit;

	DataSubjectLookup(List<DataSubjects> sources, AuditTrail audit) {
		this.sources = sources;
		this.audit = audit;
	}

	/**
	 * @param searcher must not be null
	 * @param name must not be blank
	 * @param birthDate must not be null
	 * @return the people found, by name; never null
	 */
	@Transactional
	public List<DataSubject> findAs(Actor searcher, String name, LocalDate birthDate) {
		List<DataSubject> found = new ArrayList<>();
		this.sources.forEach(source -> found.addAll(source.find(name.strip(), birthDate)));
		found.sort(Comparator.comparing(DataSubject::familyName).thenComparing(DataSubject::givenNames));
		Map<String, List<UUID>> byType = new LinkedHashMap<>();
		found.forEach(
				person -> byType.computeIfAbsent(person.subjectType(), type -> new ArrayList<>()).add(person.id()));
		if (found.isEmpty()) {
			this.audit.recordAction(searcher, AuditAction.READ, AuditTrail.SUBJECT_TYPE, null,
					AccessPurpose.DATA_PROTECTION_REVIEW, AuditDetail.of("privacy.detail.person-lookup", 0));
		}
		byType.forEach((type, ids) -> this.audit.recordList(searcher, type, ids, AccessPurpose.DATA_PROTECTION_REVIEW,
				AuditDetail.of("privacy.detail.person-lookup", ids.size())));
		return found;
	}

}
