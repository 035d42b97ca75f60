package de.weitblick.award;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.employer.EmployerId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.placement.EngagementRecord;
import de.weitblick.placement.EngagementRecords;
import de.weitblick.shared.RuleViolation;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The award "Unternehmen mit Weitblick" from opening a round to the public showcase, with
 * the refusals the people who run it, the jury and the public meet.
 */
@WeitblickIntegrationTest
class AwardTests {

	/** Demo employers: the care company agreed to be named publicly, the painters not. */
	static final EmployerId CARE = new EmployerId(UUID.fromString("019a0000-0000-7000-8000-000000009005"));

	static final EmployerId PAINTERS = new EmployerId(UUID.fromString("019a0000-0000-7000-8000-000000009003"));

	static final EmployerId JOINERY = new EmployerId(UUID.fromString("019a0000-0000-7000-8000-000000009001"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardManagement award;

	@Autowired
	Nominations nominations;

	@Autowired
	JuryScoring scoring;

	@Autowired
	AwardPages pages;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EditionPlanning editions;

	@Autowired
	EngagementRecords engagementRecords;

	StaffMember staff(String username) {
		return this.organisation.staffMember(username).orElseThrow();
	}

	/**
	 * A dialogue edition of its own, numbered after the last one as the moderation sets
	 * it up, so that each test opens a round of its own.
	 */
	UUID edition() {
		return this.editions.create("Arbeitsmarktdialog " + UUID.randomUUID(), LocalDate.of(2099, 6, 1),
				DialogueFormat.DIGITAL, null, null);
	}

	AwardRoundId roundWithJury(String... jurors) {
		StaffMember moderation = staff("moderation");
		AwardRoundId round = this.award.openRound(edition(), "Unternehmen mit Weitblick", LocalDate.now().plusDays(30),
				moderation);
		this.award.addCriterion(round, "Einstellungen aus den Fokusgruppen", 3, moderation);
		this.award.addCriterion(round, "Nachhaltigkeit", 1, moderation);
		for (String juror : jurors) {
			this.award.appointJuror(round, juror, moderation);
		}
		return round;
	}

	Map<UUID, Integer> scores(AwardRoundId round, int first, int second) {
		List<Criterion> criteria = this.pages.page(round, staff("moderation")).orElseThrow().criteria();
		return Map.of(criteria.get(0).id(), first, criteria.get(1).id(), second);
	}

	int version(AwardRoundId round) {
		return this.pages.page(round, staff("moderation")).orElseThrow().round().version();
	}

	@Test
	void theSuggestionsWeighEachEmployersOwnEngagementRecordAndLeaveOutTheNominated() {
		StaffMember service = staff("arbeitgeberservice");
		UUID edition = this.editions.create("Arbeitsmarktdialog " + UUID.randomUUID(),
				LocalDate.of(LocalDate.now().getYear(), 12, 31), DialogueFormat.DIGITAL, null, null);
		AwardRoundId id = this.award.openRound(edition, "Unternehmen mit Weitblick", LocalDate.now().plusDays(30),
				staff("moderation"));
		AwardRound round = this.pages.page(id, staff("moderation")).orElseThrow().round();

		List<EngagementSuggestion> suggestions = this.nominations.suggestions(round, service);
		assertThat(suggestions).isNotEmpty();
		assertThat(suggestions).extracting(EngagementSuggestion::weight).isSortedAccordingTo(Comparator.reverseOrder());
		for (EngagementSuggestion suggestion : suggestions) {
			EngagementRecord.Year total = this.engagementRecords
				.engagement(new EmployerId(suggestion.employerId()), round.year() - 1, round.year(), service)
				.total();
			assertThat(suggestion).isEqualTo(new EngagementSuggestion(suggestion.employerId(),
					suggestion.employerName(), total.placementsStarted(), total.hiresLastingSixMonths(),
					total.modulesHosted(), total.tasterSeats()));
		}
		UUID strongest = suggestions.getFirst().employerId();
		this.nominations.nominate(id, new EmployerId(strongest), "Aus dem Engagement", true, service);
		assertThat(this.nominations.suggestions(round, service)).extracting(EngagementSuggestion::employerId)
			.doesNotContain(strongest);
	}

	@Test
	void aJurorSeesTheOthersScoresAndTheRankingOnlyAfterScoringThemselves() {
		AwardRoundId round = roundWithJury("controlling", "arbeitgeberservice");
		StaffMember moderation = staff("moderation");
		UUID care = this.nominations.nominate(round, CARE, "Pflegehilfskräfte aus den Fokusgruppen", false, moderation);
		UUID joinery = this.nominations.nominate(round, JOINERY, "Handwerk live", false, staff("jobcenter"));
		this.award.closeNominations(round, version(round), moderation);

		this.scoring.score(care, scores(round, 9, 7), staff("controlling"));
		RoundPage service = this.pages.page(round, staff("arbeitgeberservice")).orElseThrow();
		assertThat(service.nominations()).allSatisfy(n -> assertThat(n.jurorScores()).isEmpty());
		assertThat(service.rankingVisible()).isFalse();

		this.scoring.score(care, scores(round, 5, 5), staff("arbeitgeberservice"));
		service = this.pages.page(round, staff("arbeitgeberservice")).orElseThrow();
		Nomination scored = service.nominations().stream().filter(n -> n.id().equals(care)).findFirst().orElseThrow();
		assertThat(scored.jurorScores()).extracting(Nomination.JurorScore::weighted)
			.containsExactlyInAnyOrder(8.5, 5.0);
		assertThat(service.rankingVisible()).as("one nomination is still unscored").isFalse();

		this.scoring.score(joinery, scores(round, 6, 6), staff("arbeitgeberservice"));
		service = this.pages.page(round, staff("arbeitgeberservice")).orElseThrow();
		assertThat(service.rankingVisible()).isTrue();
		assertThat(service.ranking()).extracting(RankedNomination::nominationId).containsExactly(care, joinery);
		assertThat(service.ranking().get(0).score()).isEqualTo(6.75);

		RoundPage moderator = this.pages.page(round, moderation).orElseThrow();
		assertThat(moderator.rankingVisible()).as("runs the award without sitting in the jury").isTrue();
		assertThat(moderator.nominations()).extracting(Nomination::nominatedBy)
			.contains("Moderation Arbeitsmarktdialog");
	}

	@Test
	void aJurorScoringTwiceOrOutOfRangeIsRefusedAndNothingIsStored() {
		AwardRoundId round = roundWithJury("controlling");
		StaffMember moderation = staff("moderation");
		UUID care = this.nominations.nominate(round, CARE, "Pflege", false, moderation);
		this.award.closeNominations(round, version(round), moderation);

		assertThatThrownBy(() -> this.scoring.score(care, scores(round, 11, 5), staff("controlling")))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.score-out-of-range"));
		assertThatThrownBy(() -> this.scoring.score(care, scores(round, 5, -1), staff("controlling")))
			.isInstanceOf(RuleViolation.class);
		assertThat(scoreCount(care)).isZero();

		this.scoring.score(care, scores(round, 5, 5), staff("controlling"));
		assertThatThrownBy(() -> this.scoring.score(care, scores(round, 9, 9), staff("controlling")))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.scored-twice"));
		assertThatThrownBy(() -> this.scoring.score(care, scores(round, 9, 9), staff("arbeitgeberservice")))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.not-a-juror"));
		assertThat(scoreCount(care)).isEqualTo(2);
	}

	@Test
	void nominationsOfUnknownEmployersOrAfterTheRoundClosedAreRefused() {
		AwardRoundId round = roundWithJury("controlling");
		StaffMember moderation = staff("moderation");
		assertThatThrownBy(
				() -> this.nominations.nominate(round, new EmployerId(UUID.randomUUID()), "Gut", false, moderation))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.unknown-employer"));
		assertThatThrownBy(() -> this.nominations.nominatePublicly(round, "Gibt es nicht GmbH", "Gut", "a@example.org"))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.unknown-employer"));
		this.nominations.nominate(round, CARE, "Pflege", false, moderation);
		assertThatThrownBy(() -> this.nominations.nominate(round, CARE, "Noch einmal", false, moderation))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.already-nominated"));

		this.award.closeNominations(round, version(round), moderation);
		assertThatThrownBy(
				() -> this.nominations.nominatePublicly(round, "Stadtwerke Kassel (Beispiel)", "Gut", "a@example.org"))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.nominations-closed"));
		assertThat(this.pages.page(round, moderation).orElseThrow().nominations()).hasSize(1);
	}

	@Test
	void anEmployerWithoutConsentIsStoredButCannotWinAndIsNeverShownInPublic() throws Exception {
		AwardRoundId round = roundWithJury("controlling");
		StaffMember moderation = staff("moderation");
		UUID painters = this.nominations.nominatePublicly(round, "malerbetrieb nordstadt (beispiel)",
				"Beschäftigt Langzeitarbeitslose weiter", "nachbar@example.org");
		UUID care = this.nominations.nominate(round, CARE, "Pflege", false, moderation);
		RoundPage page = this.pages.page(round, moderation).orElseThrow();
		assertThat(page.nominations()).extracting(Nomination::employerId).contains(PAINTERS.id());
		assertThat(page.nominations()).filteredOn(n -> n.id().equals(painters)).singleElement().satisfies(n -> {
			assertThat(n.namedPublicly()).isFalse();
			assertThat(n.source()).isEqualTo(NominationSource.PUBLIC);
			assertThat(n.nominatedBy()).isEqualTo("nachbar@example.org");
		});

		this.award.closeNominations(round, version(round), moderation);
		int paintersVersion = page.nominations()
			.stream()
			.filter(n -> n.id().equals(painters))
			.findFirst()
			.orElseThrow()
			.version();
		assertThatThrownBy(() -> this.award.decideWinner(painters, paintersVersion, "Vorbildlich", moderation))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.winner-without-consent"));
		assertThatThrownBy(() -> this.award.announce(round, version(round), moderation)).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.messageKey()).isEqualTo("award.rule.no-winner"));

		this.award.decideWinner(care, 0, "Für Pflege mit Weitblick " + round.id(), moderation);
		assertThatThrownBy(() -> this.award.decideWinner(care, 0, "Veraltet", moderation))
			.isInstanceOf(OptimisticLockingFailureException.class);
		this.award.announce(round, version(round), moderation);

		this.mvc.perform(get("/public/awards"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Für Pflege mit Weitblick " + round.id())))
			.andExpect(content().string(not(containsString("Malerbetrieb Nordstadt"))));
		this.mvc.perform(get("/api/v1/awards/showcase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Für Pflege mit Weitblick " + round.id())))
			.andExpect(content().string(not(containsString("Malerbetrieb"))));
	}

	@Test
	void theShowcaseOf2021And2022NamesOnlyWinnersWhoAgreed() throws Exception {
		List<ShowcaseYear> showcase = this.pages.showcase();
		Map<Integer, List<String>> winners = showcase.stream()
			.filter(year -> year.year() == 2021 || year.year() == 2022)
			.collect(Collectors.toMap(ShowcaseYear::year,
					year -> year.winners().stream().map(ShowcaseYear.Winner::employerName).toList()));
		assertThat(winners.get(2021)).contains("Städtische Pflege- und Betreuungsgesellschaft (Beispiel)",
				"Tischlerei Fuldablick (Beispiel)");
		assertThat(winners.get(2022)).contains("Seniorenresidenz Habichtswald (Beispiel)",
				"Städtische Kindertagesstätten (Beispiel)", "Bäckerei am Königsplatz (Beispiel)");
		assertThat(winners.values().stream().flatMap(List::stream)).noneMatch(name -> name.startsWith("Malerbetrieb"));
		this.mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/public/awards\"")));
	}

	@Test
	void aMemberOfThePublicNominatesWithAConfirmedAddressOnly() throws Exception {
		AwardRoundId round = roundWithJury();
		this.mvc
			.perform(post("/public/awards/nominations").with(csrf())
				.param("roundId", round.id().toString())
				.param("employerName", "Stadtwerke Kassel (Beispiel)")
				.param("reasons", "Gut"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.pages.page(round, staff("moderation")).orElseThrow().nominations()).isEmpty();

		String address = "buergerin-" + UUID.randomUUID() + "@example.org";
		this.mvc.perform(post("/public/awards/address").with(csrf()).param("email", address))
			.andExpect(status().is3xxRedirection());
		String mail = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipients LIKE '%' || :address || '%'")
			.param("address", address)
			.query(String.class)
			.single();
		Matcher link = Pattern.compile("/public/dialogue/confirm/[A-Za-z0-9_-]+\\?next=[^\\s]+").matcher(mail);
		assertThat(link.find()).as("confirmation link in the mail").isTrue();
		Cookie session = this.mvc.perform(get(java.net.URI.create(link.group())))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/public/awards/nominate"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc
			.perform(post("/public/awards/nominations").with(csrf())
				.cookie(session)
				.param("roundId", round.id().toString())
				.param("employerName", "Niemand Unbekannt GmbH")
				.param("reasons", "Gut"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Einen Arbeitgeber mit diesem Namen kennen wir nicht.")));
		this.mvc
			.perform(post("/public/awards/nominations").with(csrf())
				.cookie(session)
				.param("roundId", round.id().toString())
				.param("employerName", "Stadtwerke Kassel (Beispiel)")
				.param("reasons", "Bildet Menschen mit Migrationsgeschichte aus"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.pages.page(round, staff("moderation")).orElseThrow().nominations()).singleElement()
			.satisfies(n -> assertThat(n.nominatedBy()).isEqualTo(address));
	}

	@Test
	void theApiAnswersBadScoresAndStaleWritesWithProblemDetailsAndAnEmployerReadsOnlyItsOwn() throws Exception {
		AwardRoundId round = roundWithJury("controlling");
		StaffMember moderation = staff("moderation");
		UUID care = this.nominations.nominate(round, CARE, "Pflege", false, moderation);
		this.award.closeNominations(round, version(round), moderation);
		List<Criterion> criteria = this.pages.page(round, moderation).orElseThrow().criteria();
		String body = """
				{"scores": [{"criterionId": "%s", "score": 12}, {"criterionId": "%s", "score": 3}]}
				""".formatted(criteria.get(0).id(), criteria.get(1).id());
		this.mvc
			.perform(post("/api/v1/awards/nominations/" + care + "/scores").with(csrf())
				.with(user("controlling").roles("CONTROLLING"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("zwischen 0 und 10")));
		assertThat(scoreCount(care)).isZero();

		this.mvc
			.perform(put("/api/v1/awards/rounds/" + round.id() + "/status").with(csrf())
				.with(user("moderation").roles("MODERATION"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"status\": \"DECIDED\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		this.mvc.perform(get("/api/v1/awards/employers/" + JOINERY.id()).with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2021)].winner").value(org.hamcrest.Matchers.contains(true)));
		this.mvc.perform(get("/api/v1/awards/employers/" + CARE.id()).with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.pages.awardsOf(CARE, staff("arbeitgeber")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theModeratorsPagesShowTheRoundWithItsForms() throws Exception {
		AwardRoundId round = roundWithJury("controlling");
		this.mvc.perform(get("/awards").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unternehmen mit Weitblick 2022")));
		this.mvc.perform(get("/awards/" + round.id()).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nominierungen schließen")));
		this.mvc
			.perform(post("/awards/" + round.id() + "/nominations").with(csrf())
				.with(user("moderation").roles("MODERATION"))
				.param("employerName", "Gibt es nicht")
				.param("reasons", "Gut"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/awards/" + round.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
	}

	int scoreCount(UUID nomination) {
		return this.jdbc.sql("SELECT count(*) FROM award_score WHERE nomination_id = :n")
			.param("n", nomination)
			.query(Integer.class)
			.single();
	}

}
