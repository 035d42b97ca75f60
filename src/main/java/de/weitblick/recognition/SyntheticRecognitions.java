package de.weitblick.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.employer.OfferId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition cases of synthetic people of the reference case, made through the same
 * steps as the staff: a nurse and a nursery teacher recognised in earlier years after
 * modules inside and outside the city group, a nursery teacher in a running module and a
 * nurse with a planned one. Only when no case exists.
 */
@Component
public class SyntheticRecognitions {

	private static final OfferId CARE_PROCESS = new OfferId(UUID.fromString("019a0000-0000-7000-8000-000000009109"));

	private static final OfferId EARLY_YEARS = new OfferId(UUID.fromString("019a0000-0000-7000-8000-000000009111"));

	private static final OfferId DEMENTIA_CARE = new OfferId(UUID.fromString("019a0000-0000-7000-8000-000000009113"));

	private static final String NURSE = "Pflegefachfrau/Pflegefachmann";

	private static final String NURSERY_TEACHER = "Erzieher/in";

	private static final String CARE_BODY = "Hessisches Landesamt für Gesundheit und Pflege (Beispiel)";

	private static final String EDUCATION_BODY = "Hessische Lehrkräfteakademie (Beispiel)";

	private final RecognitionManagement recognitions;

	private final ParticipantFinder participants;

	private final OrganisationManagement organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	SyntheticRecognitions(RecognitionManagement recognitions, ParticipantFinder participants,
			OrganisationManagement organisation, JdbcClient jdbc, Clock clock) {
		this.recognitions = recognitions;
		this.participants = participants;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param counsellorUsername the counsellor whose caseload the people come from
	 * @param serviceUsername the employer service's account of the same unit, which plans
	 * the modules
	 * @return how many cases were opened
	 */
	@Transactional
	public int createIfNone(String counsellorUsername, String serviceUsername) {
		if (this.jdbc.sql("SELECT count(*) FROM recognition_case").query(Integer.class).single() > 0
				|| this.jdbc.sql("SELECT count(*) FROM offer WHERE id = :id")
					.param("id", CARE_PROCESS.id())
					.query(Integer.class)
					.single() == 0) {
			return 0;
		}
		StaffMember counsellor = this.organisation.staffMember(counsellorUsername).orElse(null);
		StaffMember service = this.organisation.staffMember(serviceUsername).orElse(null);
		if (counsellor == null || service == null || counsellor.unitId() == null
				|| !counsellor.unitId().equals(service.unitId())) {
			return 0;
		}
		List<ParticipantId> people = this.participants
			.search(new ParticipantSearch(null, null, null, counsellor.id(), ParticipantStatus.ACTIVE, null,
					ParticipantSearch.SortOrder.NAME, false, 1, 20), counsellor, AccessPurpose.CASELOAD)
			.items()
			.stream()
			.map(item -> item.id())
			.toList();
		if (people.size() < 4) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		RecognitionCaseId nurse = open(people.get(0), "Bachelor of Science in Nursing", "Philippinen", NURSE, CARE_BODY,
				List.of("Pflegeprozess und Pflegediagnostik", "Pflege von Menschen mit Demenz"), counsellor);
		completeEveryGap(nurse, List.of(CARE_PROCESS, DEMENTIA_CARE), service);
		backdate(nurse, today.minusYears(2));

		RecognitionCaseId teacher = open(people.get(1), "Diplom in Vorschulpädagogik", "Ukraine", NURSERY_TEACHER,
				EDUCATION_BODY, List.of("Bildung und Erziehung in der Kindertagesstätte"), counsellor);
		completeEveryGap(teacher, List.of(EARLY_YEARS), service);
		backdate(teacher, today.minusYears(1));

		RecognitionCaseId running = open(people.get(2), "Diplom in Vorschulpädagogik", "Ukraine", NURSERY_TEACHER,
				EDUCATION_BODY, List.of("Bildung und Erziehung in der Kindertagesstätte",
						"Rechtliche Grundlagen der Kinder- und Jugendhilfe"),
				counsellor);
		RecognitionCase found = this.recognitions.recognitionCase(running, service).orElseThrow();
		this.recognitions.planModule(running, 0, found.gaps().getFirst().id(), EARLY_YEARS, null, service);
		found = this.recognitions.recognitionCase(running, service).orElseThrow();
		this.recognitions.recordProgress(running, 1, found.modules().getFirst().id(), today.minusWeeks(4), 4, service);

		RecognitionCaseId planned = open(people.get(3), "Licence en sciences infirmières", "Tunesien", NURSE, CARE_BODY,
				List.of("Pflegeprozess und Pflegediagnostik"), counsellor);
		found = this.recognitions.recognitionCase(planned, service).orElseThrow();
		this.recognitions.planModule(planned, 0, found.gaps().getFirst().id(), CARE_PROCESS, null, service);
		return 4;
	}

	private RecognitionCaseId open(ParticipantId person, String qualification, String country, String occupation,
			String body, List<String> gaps, StaffMember counsellor) {
		return this.recognitions.open(new RecognitionDraft(person.id(), qualification, country, occupation, body,
				LocalDate.now(this.clock).minusMonths(2), gaps), counsellor);
	}

	/** One module per gap, each done in full, and the full recognition. */
	private void completeEveryGap(RecognitionCaseId id, List<OfferId> offers, StaffMember service) {
		LocalDate today = LocalDate.now(this.clock);
		int version = 0;
		RecognitionCase found = this.recognitions.recognitionCase(id, service).orElseThrow();
		for (int i = 0; i < found.gaps().size(); i++) {
			this.recognitions.planModule(id, version++, found.gaps().get(i).id(), offers.get(i), null, service);
		}
		found = this.recognitions.recognitionCase(id, service).orElseThrow();
		for (RecognitionCase.PlannedModule module : found.modules()) {
			this.recognitions.recordProgress(id, version++, module.id(), today.minusWeeks(module.weeks()),
					module.weeks(), service);
		}
		this.recognitions.recordRecognition(id, version, today, service);
	}

	/**
	 * The demo history: dated as the staff would have recorded it then, so that the
	 * figures and the engagement records have earlier years.
	 */
	private void backdate(RecognitionCaseId id, LocalDate recognisedOn) {
		LocalDate today = LocalDate.now(this.clock);
		long shift = java.time.temporal.ChronoUnit.DAYS.between(recognisedOn, today);
		this.jdbc
			.sql("""
					UPDATE recognition_case SET notice_on = notice_on - CAST(:shift AS integer),
					  opened_on = opened_on - CAST(:shift AS integer), recognised_on = recognised_on - CAST(:shift AS integer)
					WHERE id = :id
					""")
			.param("shift", shift)
			.param("id", id.id())
			.update();
		this.jdbc
			.sql("""
					UPDATE recognition_module SET starts_on = started_on - CAST(:shift AS integer),
					  started_on = started_on - CAST(:shift AS integer), completed_on = completed_on - CAST(:shift AS integer)
					WHERE case_id = :id
					""")
			.param("shift", shift)
			.param("id", id.id())
			.update();
	}

}
