package de.weitblick.participant.portal.projects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.Participation;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects of the person in the own area, told by the modules that hold them through
 * {@link de.weitblick.participant.Participations}: those the person waits for, was
 * offered or takes part in first, each with the next step in plain words, then the
 * earlier ones. Records merged into another stay out, and so does what the team wrote
 * about a participation. Every read is audited.
 */
@Service
@Transactional
public class OwnProjects {

	/** The states in which something is still to come. */
	private static final Set<String> CURRENT = Set.of("OFFERED", "ENROLLED", "WAITING");

	/**
	 * The states whose next step is told in words of their own; the others have ended.
	 */
	private static final Set<String> TOLD = Set.of("OFFERED", "ENROLLED", "WAITING", "COMPLETED");

	private final CaseFileReading caseFiles;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final MessageSource messages;

	OwnProjects(CaseFileReading caseFiles, JdbcClient jdbc, AuditTrail audit, MessageSource messages) {
		this.caseFiles = caseFiles;
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @param locale the reader's language, must not be null
	 * @return the current projects (an offer first, then taking part, then waiting), then
	 * the earlier ones, the newest first; never null
	 */
	public List<OwnProject> list(OwnCase own, Locale locale) {
		this.audit.recordAction(own.actor(), AuditAction.READ, ParticipantManagement.SUBJECT_TYPE,
				own.participant().id(), OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.projects-read"));
		String contact = counsellor(own, locale);
		Formats formats = Formats.of(locale);
		return this.caseFiles.allParticipations(own.participant())
			.stream()
			.filter(participation -> !"MERGED".equals(participation.status()))
			.sorted(java.util.Comparator.comparingInt(OwnProjects::rank))
			.map(participation -> new OwnProject(participation.id(), participation.offer(), participation.period(),
					participation.status(), participation.statusKey(), CURRENT.contains(participation.status()),
					participation.offeredOn(), participation.startedOn(), participation.endedOn(),
					nextStep(participation, contact, formats, locale)))
			.toList();
	}

	/**
	 * An offer first (it waits for an answer), then taking part, waiting, and the rest.
	 */
	private static int rank(Participation participation) {
		return switch (participation.status()) {
			case "OFFERED" -> 0;
			case "ENROLLED" -> 1;
			case "WAITING" -> 2;
			default -> 3;
		};
	}

	private String nextStep(Participation participation, String contact, Formats formats, Locale locale) {
		String status = participation.status();
		String key = "participant.portal.projects.next." + (TOLD.contains(status) ? status : "ENDED");
		String day = formats.date(switch (status) {
			case "OFFERED" -> participation.offeredOn();
			case "ENROLLED" -> participation.startedOn();
			case "WAITING" -> participation.referredOn();
			default -> participation.endedOn();
		});
		return this.messages.getMessage(key, new Object[] { (day != null) ? day : "–", contact }, locale);
	}

	/** Whom the person asks: the responsible counsellor by name, or the team. */
	private String counsellor(OwnCase own, Locale locale) {
		return this.jdbc.sql("""
				SELECT c.display_name FROM participant p JOIN staff_account c ON c.id = p.counsellor_id
				WHERE p.id = :participant
				""")
			.param("participant", own.participant().id())
			.query(String.class)
			.optional()
			.orElseGet(() -> this.messages.getMessage("participant.portal.projects.contact.team", null, locale));
	}

}
