package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case file on a real PostgreSQL: who may see it, what the audit trail keeps, how the
 * search forgives typos and how concurrent edits are caught.
 */
@WeitblickIntegrationTest
class ParticipantManagementTests {

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	FocusGroupProjection focusGroupProjection;

	@Autowired
	ParticipantFinder finder;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	StaffMember counsellor;

	StaffMember otherTeam;

	String familyName;

	@BeforeEach
	void staff() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.otherTeam = otherTeamCounsellor();
		// Each test registers people with its own family name, so tests sharing the
		// database never meet.
		this.familyName = "Müller" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void registeringAPersonWritesTheRegistrationToTheAuditTrail() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		List<AuditEntry> entries = this.audit.search(null, id.id(), 10);
		assertThat(entries).extracting(AuditEntry::action).contains(AuditAction.CREATE);
		assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("fachkraft"));
	}

	@Test
	void readingACaseFileIsAuditedWithItsPurpose() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK).orElseThrow();
		assertThat(this.audit.search("fachkraft", id.id(), 10)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.CASE_WORK);
		});
	}

	@Test
	void aCounsellorOfAnotherTeamNeitherSeesNorFindsNorChangesTheCase() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		assertThat(this.caseFiles.caseFile(id, this.otherTeam, AccessPurpose.CASE_WORK)).isEmpty();
		assertThat(search(this.otherTeam, this.familyName).items()).isEmpty();
		assertThatThrownBy(() -> this.participants.change(id, 0,
				record(this.familyName, "Eva", LocalDate.of(1990, 4, 1)), this.otherTeam))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aRefusedReadIsAuditedWhileTheAnswerStaysThatThereIsNoSuchCase() throws Exception {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		this.mvc.perform(get("/participants/{id}", id.id()).with(user("fachkraft-anderes-team").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/participants/{id}", id.id()).with(user("fachkraft-anderes-team").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		assertThat(this.audit.search("fachkraft-anderes-team", id.id(), 10)).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.CASE_WORK);
		});
		UUID nobody = UUID.randomUUID();
		this.mvc.perform(get("/participants/{id}", nobody).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		assertThat(this.audit.search("fachkraft", nobody, 10)).singleElement()
			.satisfies(entry -> assertThat(entry.detailKey()).isEqualTo("participant.audit.refused.no-such-case"));
	}

	@Test
	void theSearchFindsNamesDespiteUmlautsAndTypos() {
		ParticipantId id = register(this.familyName, "Jürgen", LocalDate.of(1975, 2, 3));
		String typed = this.familyName.replace("Müller", "Mueller");
		assertThat(search(this.counsellor, typed).items()).extracting(ParticipantListItem::id).contains(id);
		String typo = this.familyName.replace("Müller", "Müler");
		assertThat(search(this.counsellor, typo).items()).extracting(ParticipantListItem::id).contains(id);
		assertThat(search(this.counsellor, "juergen " + this.familyName).items()).extracting(ParticipantListItem::id)
			.contains(id);
	}

	@Test
	void theListShowsEachPersonsFocusGroupsToday() {
		ParticipantId id = register(this.familyName, "Ayşe", LocalDate.now().minusYears(20));
		ParticipantListItem item = search(this.counsellor, this.familyName).items()
			.stream()
			.filter(candidate -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(item.focusGroups()).contains(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.WOMEN);
		var young = new ParticipantSearch(this.familyName, null, FocusGroupCode.YOUNG_PEOPLE, null, null, null, null,
				false, 0, 20);
		assertThat(this.finder.search(young, this.counsellor, AccessPurpose.SEARCH).items())
			.extracting(ParticipantListItem::id)
			.contains(id);
		var sgbXii = new ParticipantSearch(this.familyName, null, FocusGroupCode.SGB_XII, null, null, null, null, false,
				0, 20);
		// Other people of the team may share the word „Müller" and be on SGB XII.
		assertThat(this.finder.search(sgbXii, this.counsellor, AccessPurpose.SEARCH).items())
			.extracting(ParticipantListItem::id)
			.doesNotContain(id);
	}

	@Test
	void recomputingTheFocusGroupsRestoresWhatTheRulesSay() {
		ParticipantId id = register(this.familyName, "Ayşe", LocalDate.now().minusYears(20));
		this.jdbc.sql("DELETE FROM participant_focus_group WHERE participant_id = :id").param("id", id.id()).update();
		assertThat(search(this.counsellor, this.familyName).items().get(0).focusGroups()).isEmpty();
		assertThat(this.focusGroupProjection.recomputeFocusGroups()).isPositive();
		assertThat(search(this.counsellor, this.familyName).items().get(0).focusGroups())
			.contains(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.WOMEN);
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedAndNothingIsOverwritten() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		this.participants.change(id, 0, record(this.familyName, "Eva", LocalDate.of(1990, 4, 1)), this.counsellor);
		assertThatThrownBy(() -> this.participants.change(id, 0,
				record(this.familyName, "Emma", LocalDate.of(1990, 4, 1)), this.counsellor))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK)
			.orElseThrow()
			.participant()
			.details()
			.givenNames()).isEqualTo("Eva");
	}

	@Test
	void aRefusedChangeLeavesTheStoredRecordAsItWas() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		assertThatThrownBy(() -> this.participants.change(id, 0,
				record(this.familyName, "Erika", LocalDate.now().plusDays(3)), this.counsellor))
			.isInstanceOf(RuleViolation.class);
		Participant stored = this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK)
			.orElseThrow()
			.participant();
		assertThat(stored.details().birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
		assertThat(stored.version()).isZero();
	}

	@Test
	void anUnknownDistrictIsRefused() {
		PersonalDetails details = ParticipantTests.details(LocalDate.of(1990, 4, 1), null, false);
		PersonalDetails inNowhere = new PersonalDetails(this.familyName, "Erika", details.birthDate(), details.gender(),
				null, null, null, "99", null, null, true, "DE", null, false, details.benefitBasis(), null,
				details.referralSource());
		assertThatThrownBy(() -> this.participants.register(
				new ParticipantRecord(inNowhere, null, Set.of(), Set.of(), List.of()), null, false, this.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("participant.rule.unknown-district"));
	}

	@Test
	void theParentsOriginIsKeptOnlyWithConsentAndErasedWhenItIsWithdrawn() {
		ParticipantRecord withParents = new ParticipantRecord(
				ParticipantTests.details(LocalDate.of(1995, 1, 1), null, false),
				new ParentsOrigin("TR", "DE", true, null), Set.of(), Set.of(), List.of());
		ParticipantId withoutConsent = this.participants.register(rename(withParents, this.familyName + "a"), null,
				false, this.counsellor);
		assertThat(caseFile(withoutConsent).participant().parentsOrigin().isUnknown()).isTrue();

		ParticipantId withConsent = this.participants.register(rename(withParents, this.familyName + "b"), null, true,
				this.counsellor);
		CaseFile consented = caseFile(withConsent);
		assertThat(consented.consentToParentsOrigin()).isTrue();
		assertThat(consented.participant().parentsOrigin().motherCountryOfBirth()).isEqualTo("TR");
		assertThat(consented.focusGroups()).extracting(m -> m.focusGroup()).contains(FocusGroupCode.MIGRATION_HISTORY);

		this.participants.setConsentToParentsOrigin(withConsent, false, this.counsellor);
		CaseFile withdrawn = caseFile(withConsent);
		assertThat(withdrawn.consentToParentsOrigin()).isFalse();
		assertThat(withdrawn.participant().parentsOrigin().isUnknown()).isTrue();
		assertThat(withdrawn.focusGroups()).extracting(m -> m.focusGroup())
			.doesNotContain(FocusGroupCode.MIGRATION_HISTORY);
		assertThat(this.audit.search(null, withConsent.id(), 20)).extracting(AuditEntry::action)
			.contains(AuditAction.ERASE);
	}

	@Test
	void aPersonWithTheSameBirthDateAndASimilarNameIsAPossibleDuplicate() {
		register(this.familyName, "Erika", LocalDate.of(1988, 8, 8));
		PersonalDetails again = record(this.familyName.replace("Müller", "Mueller"), "Erika", LocalDate.of(1988, 8, 8))
			.details();
		assertThat(this.participants.possibleDuplicates(again, null, this.counsellor))
			.anySatisfy(duplicate -> assertThat(duplicate.isVisible()).isTrue());
		assertThat(this.participants.possibleDuplicates(again, null, this.otherTeam))
			.anySatisfy(duplicate -> assertThat(duplicate.familyName()).isNull());
	}

	@Test
	void theAuditTrailCannotBeChangedOrDeleted() {
		ParticipantId id = register(this.familyName, "Erika", LocalDate.of(1990, 4, 1));
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET actor = 'someone else' WHERE subject_id = :id")
			.param("id", id.id())
			.update()).hasMessageContaining("cannot be changed");
		assertThatThrownBy(
				() -> this.jdbc.sql("DELETE FROM audit_event WHERE subject_id = :id").param("id", id.id()).update())
			.hasMessageContaining("cannot be changed");
	}

	private CaseFile caseFile(ParticipantId id) {
		return this.caseFiles.caseFile(id, this.counsellor, AccessPurpose.CASE_WORK).orElseThrow();
	}

	private ParticipantPage search(StaffMember viewer, String name) {
		return this.finder.search(new ParticipantSearch(name, null, null, null, null, null, null, false, 0, 20), viewer,
				AccessPurpose.SEARCH);
	}

	private ParticipantId register(String familyName, String givenNames, LocalDate birthDate) {
		return this.participants.register(record(familyName, givenNames, birthDate), null, false, this.counsellor);
	}

	private static ParticipantRecord record(String familyName, String givenNames, LocalDate birthDate) {
		PersonalDetails template = ParticipantTests.details(birthDate, null, false);
		return new ParticipantRecord(
				new PersonalDetails(familyName, givenNames, birthDate, template.gender(), null, null, "Kassel", "14",
						null, null, true, "DE", null, false, template.benefitBasis(), null, template.referralSource()),
				null, Set.of(), Set.of(), List.of());
	}

	private static ParticipantRecord rename(ParticipantRecord record, String familyName) {
		PersonalDetails d = record.details();
		return new ParticipantRecord(
				new PersonalDetails(familyName, d.givenNames(), d.birthDate(), d.gender(), d.street(), d.postalCode(),
						d.city(), d.districtCode(), d.phone(), d.email(), d.bornWithGermanCitizenship(),
						d.countryOfBirth(), d.immigrationYear(), d.singleParent(), d.benefitBasis(),
						d.unemployedSince(), d.referralSource()),
				record.parentsOrigin(), record.languages(), record.citizenships(), record.children());
	}

	private StaffMember otherTeamCounsellor() {
		return OtherTeam.counsellor(this.jdbc, this.organisation);
	}

}
