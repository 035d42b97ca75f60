package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person whose data is on record, as the data protection officer finds them: enough to
 * tell them apart, nothing of their case.
 *
 * @param id the identifier the audit trail names them by, never null
 * @param subjectType the kind of record, such as "participant", never null
 * @param familyName never null
 * @param givenNames never null
 * @param birthDate never null
 */
public record DataSubject(UUID id, String subjectType, String familyName, String givenNames, LocalDate birthDate) {

}
