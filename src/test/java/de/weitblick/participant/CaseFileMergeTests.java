package de.weitblick.participant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.participant.dataprotection.SubjectAccessReport;
import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.CaseNote;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.merge.CaseFileMerge;
import de.weitblick.participant.merge.MergeComparison;
import de.weitblick.participant.merge.MergeConflict;
import de.weitblick.participant.merge.MergeField;
import de.weitblick.participant.merge.MergeRecord;
import de.weitblick.participant.merge.MergeSide;
import de.weitblick.participant.appointment.AppointmentKind;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two records of one person become one without losing anything from either, in one
 * transaction that a concurrent edit stops; the merged record leads to the survivor, and
 * other modules learn of the merge.
 */
@WeitblickIntegrationTest
@RecordApplicationEvents
class CaseFileMergeTests {

	private static final LocalDate BIRTH = LocalDate.of(1991, 7, 9);

	@Autowired
	CaseFileMerge merge;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	DataSubjectRights dataSubjectRights;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	CaseJournal journal;

	@Autowired
	Appointments appointments;

	@Autowired
	SupportPlans plans;

	@Autowired
	CaseDocuments documents;

	@Autowired
	HealthData health;

	@Autowired
	Consents consents;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	StaffMember counsellor;

	String familyName;

	@BeforeEach
	void signIn() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.familyName = CaseFiles.uniqueFamilyName("Doppel");
		CaseFiles.otherTeam(this.jdbc, this.organisation);
	}

	@Test
	void mergingKeepsEverythingBothRecordsHeldOnTheSurvivor(ApplicationEvents events) {
		ParticipantId survivor = register(this.familyName, "Amina",
				Set.of(new LanguageSkill("ar", LanguageLevel.NATIVE), new LanguageSkill("de", LanguageLevel.A2)),
				Set.of(new Citizenship("SY")),
				List.of(new Qualification(QualificationLevel.LOWER_SECONDARY, null, 2007, "SY", null, null, null)),
				Set.of(new OccupationInterest("821")), true);
		ParticipantId duplicate = register(this.familyName.toUpperCase(), "Amina",
				Set.of(new LanguageSkill("de", LanguageLevel.B1), new LanguageSkill("en", LanguageLevel.A2)),
				Set.of(new Citizenship("DE")), List.of(new Qualification(QualificationLevel.VOCATIONAL_TRAINING,
						"Pflegehelferin", 2015, "DE", null, null, null)),
				Set.of(new OccupationInterest("813")), false);
		UUID goal = this.plans.addGoal(duplicate, "Deutschkurs B2", null, "Ich will besser sprechen.", this.counsellor);
		this.journal.writeNote(duplicate, "Erstgespräch in der zweiten Akte.", NoteVisibility.TEAM, this.counsellor);
		this.appointments.plan(duplicate, LocalDate.now().plusDays(2), LocalTime.of(10, 0), 30, AppointmentKind.PHONE,
				null, this.counsellor);
		this.documents.upload(duplicate, "Zeugnis", "zeugnis.pdf", "%PDF-1.7\n%%EOF\n".getBytes(), this.counsellor);
		this.health.setConsent(duplicate, true, this.counsellor);
		this.health.record(duplicate, null, Set.of(HealthRestriction.NO_SHIFT_WORK), null, "Keine Nachtschicht.",
				this.counsellor);

		this.merge.merge(survivor, 0, duplicate, version(duplicate), Map.of(MergeField.FAMILY_NAME, MergeSide.SURVIVOR),
				this.counsellor);

		Participant merged = caseFile(survivor).participant();
		assertThat(merged.details().familyName()).isEqualTo(this.familyName);
		assertThat(merged.languages()).containsExactlyInAnyOrder(new LanguageSkill("ar", LanguageLevel.NATIVE),
				new LanguageSkill("de", LanguageLevel.B1), new LanguageSkill("en", LanguageLevel.A2));
		assertThat(merged.citizenships()).containsExactlyInAnyOrder(new Citizenship("SY"), new Citizenship("DE"));
		assertThat(merged.qualifications()).hasSize(2);
		assertThat(merged.occupationCodes()).containsExactly("813", "821");
		assertThat(this.plans.of(survivor, this.counsellor).goals()).extracting(SupportPlan.Goal::id).contains(goal);
		assertThat(this.journal.notes(survivor, this.counsellor)).extracting(CaseNote::text)
			.contains("Erstgespräch in der zweiten Akte.");
		assertThat(this.appointments.of(survivor, this.counsellor)).hasSize(1);
		assertThat(this.documents.of(survivor, this.counsellor)).extracting(CaseDocument::title).contains("Zeugnis");
		assertThat(this.consents.inForce(survivor.id())).contains(ConsentPurpose.PARENTS_ORIGIN,
				ConsentPurpose.HEALTH_DATA);
		assertThat(this.health.read(survivor, this.counsellor).orElseThrow().note()).isEqualTo("Keine Nachtschicht.");

		assertThat(this.caseFiles.caseFile(duplicate, this.counsellor, AccessPurpose.CASE_WORK)).isEmpty();
		assertThat(this.caseFiles.mergedInto(duplicate, this.counsellor)).contains(survivor);
		assertThat(this.audit.search(null, survivor.id(), 50)).extracting(AuditEntry::action)
			.contains(AuditAction.MERGE);
		assertThat(this.audit.search(null, duplicate.id(), 50)).extracting(AuditEntry::action)
			.contains(AuditAction.MERGE);
		SubjectAccessReport report = this.dataSubjectRights.subjectAccess(survivor, this.counsellor).orElseThrow();
		assertThat(report.merges()).singleElement().satisfies(record -> {
			assertThat(record.mergedId()).isEqualTo(duplicate.id());
			assertThat(record.replaced())
				.containsExactly(new MergeRecord.ReplacedValue(MergeField.FAMILY_NAME, this.familyName.toUpperCase()));
		});
		assertThat(report.processing()).extracting(AuditEntry::subjectId).contains(duplicate.id());
		assertThat(events.stream(ParticipantsMerged.class))
			.anySatisfy(event -> assertThat(event.merged()).isEqualTo(duplicate));
	}

	@Test
	void bothJobcenterCustomerNumbersStayWithThePersonAfterAMerge() throws Exception {
		ParticipantId survivor = register(this.familyName, "Jana", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId duplicate = register(this.familyName, "Jana", Set.of(), Set.of(), List.of(), Set.of(), false);
		String first = "K" + survivor.id().toString().substring(24);
		String second = "K" + duplicate.id().toString().substring(24);
		referredWith(survivor, first);
		referredWith(duplicate, second);

		this.merge.merge(survivor, 0, duplicate, version(duplicate), Map.of(), this.counsellor);

		// A later referral list naming either number finds the person instead of
		// registering them a third time.
		assertThat(this.dataSubjectRights.subjectAccess(survivor, this.counsellor).orElseThrow().referrals())
			.extracting(JobcenterReferral::customerNumber)
			.containsExactlyInAnyOrder(first, second);
		this.mvc.perform(get("/participants/{id}", survivor.id()).with(counsellor()))
			.andExpect(content().string(containsString("Kundennummer beim Jobcenter")))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString(second)));
		this.mvc.perform(get("/api/v1/participants/{id}", survivor.id()).with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(jsonPath("$.jobcenterReferrals[*].customerNumber")
				.value(org.hamcrest.Matchers.containsInAnyOrder(first, second)));
	}

	private void referredWith(ParticipantId id, String customerNumber) {
		this.jdbc.sql("""
				INSERT INTO participant_referral (participant_id, customer_number, referred_on, recorded_at)
				VALUES (:id, :number, CURRENT_DATE, now())
				""").param("id", id.id()).param("number", customerNumber).update();
	}

	@Test
	void theSurvivorsPrintedSubjectAccessShowsTheMergeAndEverythingBothRecordsHeld() throws Exception {
		ParticipantId survivor = register(
				this.familyName, "Olga", Set.of(), Set.of(), List.of(new Qualification(QualificationLevel.MASTER,
						"Ingenieurin", 2010, "UA", "Інженер", RecognitionStatus.FULL, "Ingenieurin/Ingenieur")),
				Set.of(new OccupationInterest("27")), false);
		ParticipantId duplicate = register(this.familyName, "Olha", Set.of(), Set.of(), List.of(), Set.of(), false);
		this.health.setConsent(duplicate, true, this.counsellor);
		this.health.record(duplicate, null, Set.of(HealthRestriction.NO_HEAVY_LIFTING), 5, "Keine Nachtschicht.",
				this.counsellor);
		this.merge.merge(survivor, 0, duplicate, 0, Map.of(), this.counsellor);

		byte[] pdf = this.mvc.perform(get("/participants/{id}/subject-access.pdf", survivor.id()).with(counsellor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Zusammengeführte Fallakten", "Nicht übernommen", "Vornamen: Olha", "Інженер",
					"voll anerkannt", "Keine Nachtschicht.", "Kein schweres Heben und Tragen",
					"Technische Forschungs-, Entwicklungs-, Konstruktions- und Produktionssteuerungsberufe");
		}
	}

	@Test
	void aConcurrentChangeOfEitherRecordStopsTheMergeAndNothingIsMerged() {
		ParticipantId survivor = register(this.familyName, "Lina", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId duplicate = register(this.familyName, "Lina Maria", Set.of(), Set.of(), List.of(), Set.of(),
				false);
		this.journal.writeNote(duplicate, "Vermerk bleibt, wo er ist.", NoteVisibility.TEAM, this.counsellor);
		int seen = version(duplicate);
		// Someone else changes the duplicate after the counsellor compared both.
		this.participants.change(duplicate, seen, CaseFiles.record(this.familyName, "Lina M.", BIRTH), this.counsellor);

		assertThatThrownBy(() -> this.merge.merge(survivor, 0, duplicate, seen, Map.of(), this.counsellor))
			.isInstanceOf(OptimisticLockingFailureException.class);

		assertThat(this.caseFiles.caseFile(duplicate, this.counsellor, AccessPurpose.CASE_WORK)).isPresent();
		assertThat(this.journal.notes(duplicate, this.counsellor)).extracting(CaseNote::text)
			.contains("Vermerk bleibt, wo er ist.");
		assertThat(this.caseFiles.merges(survivor)).isEmpty();
	}

	@Test
	void theCounsellorsChoiceDecidesWhichValueSurvivesAndTheOtherIsKept() {
		ParticipantId survivor = register(this.familyName, "Mariia", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId duplicate = register(this.familyName, "Marija", Set.of(), Set.of(), List.of(), Set.of(), false);
		MergeComparison comparison = this.merge.compare(survivor, duplicate, this.counsellor);
		assertThat(comparison.conflicts()).extracting(MergeConflict::field).containsExactly(MergeField.GIVEN_NAMES);

		this.merge.merge(survivor, 0, duplicate, 0, Map.of(MergeField.GIVEN_NAMES, MergeSide.MERGED), this.counsellor);

		assertThat(caseFile(survivor).participant().details().givenNames()).isEqualTo("Marija");
		assertThat(this.caseFiles.merges(survivor).get(0).replaced())
			.containsExactly(new MergeRecord.ReplacedValue(MergeField.GIVEN_NAMES, "Mariia"));
	}

	@Test
	void aRecordCannotBeMergedWithItselfNorByAnotherTeam() {
		ParticipantId one = register(this.familyName, "Eva", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId two = register(this.familyName, "Eva", Set.of(), Set.of(), List.of(), Set.of(), false);
		assertThatThrownBy(() -> this.merge.merge(one, 0, one, 0, Map.of(), this.counsellor))
			.isInstanceOf(RuleViolation.class);
		StaffMember stranger = CaseFiles.otherTeam(this.jdbc, this.organisation);
		assertThatThrownBy(() -> this.merge.merge(one, 0, two, 0, Map.of(), stranger)).isInstanceOf(NotFound.class);
		assertThat(this.caseFiles.caseFile(two, this.counsellor, AccessPurpose.CASE_WORK)).isPresent();
	}

	@Test
	void theMergedRecordsAddressLeadsToTheSurvivorOnThePageAndInTheApi() throws Exception {
		ParticipantId survivor = register(this.familyName, "Ida", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId duplicate = register(this.familyName, "Ida", Set.of(), Set.of(), List.of(), Set.of(), false);
		this.mvc.perform(get("/participants/{id}", survivor.id()).with(counsellor()))
			.andExpect(content().string(containsString("Möglicherweise doppelt erfasst")));
		this.mvc
			.perform(get("/participants/{id}/merge", survivor.id()).param("other", duplicate.id().toString())
				.with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bleibt bestehen")));
		this.mvc
			.perform(post("/participants/{id}/merge", survivor.id()).with(counsellor())
				.with(csrf())
				.param("other", duplicate.id().toString())
				.param("survivorVersion", "0")
				.param("mergedVersion", "0"))
			.andExpect(redirectedUrl("/participants/" + survivor.id()))
			.andExpect(flash().attribute("messageKey", "participant.merge.done"));

		this.mvc.perform(get("/participants/{id}", duplicate.id()).with(counsellor()))
			.andExpect(redirectedUrl("/participants/" + survivor.id()))
			.andExpect(flash().attribute("messageKey", "participant.merge.moved"));
		this.mvc
			.perform(get("/api/v1/participants/{id}", duplicate.id()).with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/participants/" + survivor.id()));
		this.mvc
			.perform(get("/participants/{id}", duplicate.id()).with(user("fachkraft-anderes-team").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleMergeOnThePageIsExplainedAndTheApiAnswersWithAConflict() throws Exception {
		ParticipantId survivor = register(this.familyName, "Nora", Set.of(), Set.of(), List.of(), Set.of(), false);
		ParticipantId duplicate = register(this.familyName, "Norah", Set.of(), Set.of(), List.of(), Set.of(), false);
		this.participants.change(duplicate, 0, CaseFiles.record(this.familyName, "Norah", BIRTH), this.counsellor);
		this.mvc
			.perform(post("/participants/{id}/merge", survivor.id()).with(counsellor())
				.with(csrf())
				.param("other", duplicate.id().toString())
				.param("survivorVersion", "0")
				.param("mergedVersion", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Es wurde nichts zusammengeführt.")));
		this.mvc
			.perform(post("/api/v1/participants/{id}/merge", survivor.id())
				.with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"otherId\": \"%s\", \"version\": 0, \"otherVersion\": 0}".formatted(duplicate.id())))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/api/v1/participants/{id}/merge", survivor.id())
			.with(httpBasic("fachkraft", "weitblick-demo"))
			.contentType("application/json")
			.content(
					"{\"otherId\": \"%s\", \"version\": 0, \"otherVersion\": 1, \"choices\": {\"GIVEN_NAMES\": \"MERGED\"}}"
						.formatted(duplicate.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.givenNames").value("Norah"));
	}

	private ParticipantId register(String familyName, String givenNames, Set<LanguageSkill> languages,
			Set<Citizenship> citizenships, List<Qualification> qualifications, Set<OccupationInterest> interests,
			boolean consentToParentsOrigin) {
		ParticipantRecord plain = CaseFiles.record(familyName, givenNames, BIRTH);
		return this.participants.register(new ParticipantRecord(plain.details(), null, languages, citizenships,
				List.of(), qualifications, interests, WorkConstraints.NONE), null, consentToParentsOrigin,
				this.counsellor);
	}

	private int version(ParticipantId id) {
		return caseFile(id).participant().version();
	}

	private CaseFile caseFile(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK).orElseThrow();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
