package de.weitblick.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name search reads the postings of the searching team's names only, and finds
 * exactly the people, in exactly the order, that the rule over the whole table finds: a
 * word of the name at a word similarity of 0.4 or more, or a name starting with what was
 * typed. The rule's own query, run without the postings, is the oracle.
 */
@WeitblickIntegrationTest
class TeamNameSearchTests {

	private static final String[] FAMILY_NAMES = { "Müller", "Mueller", "Muller", "Möller", "Meier", "Mayer", "Schmidt",
			"Schmitt", "Schmitz", "Schneider", "Schröder", "Weber", "Webber", "Wagner", "Hoffmann", "Hofmann", "Yılmaz",
			"Yilmas", "Petrenko", "Petrenco", "Kowalski-Nowak", "Kowalski", "Nowak", "Nguyen", "Van Nguyen",
			"Al-Haddad", "Haddad", "O'Brien", "Obrien", "Łukasiewicz", "Ab", "A", "Mü", "Mueller-Lüdenscheidt",
			"Lüdenscheidt", "Annamüller", "Müllerova", "Bach", "Bachmann", "Ba", "Xu", "Li", "Le" };

	private static final String[] GIVEN_NAMES = { "Anna", "Hanna", "Ann", "Anne", "Jan", "Jana", "Jürgen", "Ayşe",
			"Ayse", "Olena", "Ewa", "Omar", "Sean", "Müller", "Mia", "Li Na", "A", "Van An", "Karl-Heinz" };

	/**
	 * Typed as people type: whole names, beginnings, typos, both words, single letters.
	 */
	private static final List<String> TYPED = List.of("Mueler", "Müller", "mueller anna", "Mueller A", "muel", "m",
			"mu", "Schmit", "schm", "Schneieder", "Weber", "Webe", "Yilmaz", "Yılmas", "Petrenco", "Kowalsky",
			"kowalski nowak", "nowak", "Nguyn", "van", "haddat", "al haddad", "o brien", "brien", "lukasiewicz", "ab",
			"a", "anna", "anna mueller", "hanna", "ann", "bach", "ba", "xu", "li", "li na", "lüdenscheid",
			"mueller lüdenscheidt", "annamueller", "muellerova", "karl heinz", "jürgen müller", "-", "1", "q", "zzzz",
			"ayse yilmaz");

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantFinder finder;

	@Autowired
	OwnTeamFinder ownTeamFinder;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	StaffMember counsellor;

	StaffMember otherTeam;

	@BeforeEach
	void aTeamOfItsOwn() {
		this.counsellor = counsellorOfNewTeam();
		this.otherTeam = counsellorOfNewTeam();
	}

	@Test
	void theTeamsSearchFindsExactlyWhatTheRuleFindsInTheSameOrder() {
		registerPeople(this.counsellor, 7, 220);
		// The same names in another team: the postings are the team's own.
		registerPeople(this.otherTeam, 7, 60);
		int bySimilarityOnly = 0;
		int byBeginningOnly = 0;
		int nearMisses = 0;
		for (String typed : TYPED) {
			List<UUID> expected = oracle(this.counsellor, typed);
			for (ParticipantSearch.SortOrder sort : List.of(ParticipantSearch.SortOrder.RELEVANCE,
					ParticipantSearch.SortOrder.NAME)) {
				List<UUID> found = new ArrayList<>();
				long total = -1;
				for (int page = 0; page == 0 || found.size() < total; page++) {
					ParticipantPage result = this.finder.search(
							new ParticipantSearch(typed, null, null, null, null, null, sort, false, page, 20),
							this.counsellor, AccessPurpose.SEARCH);
					total = result.total();
					if (result.items().isEmpty()) {
						break;
					}
					result.items().forEach(item -> found.add(item.id().id()));
				}
				assertThat(total).as("count for %s", typed).isEqualTo(expected.size());
				if (sort == ParticipantSearch.SortOrder.RELEVANCE) {
					assertThat(found).as("hits and order for %s", typed).containsExactlyElementsOf(expected);
				}
				else {
					assertThat(found).as("hits for %s", typed).containsExactlyInAnyOrderElementsOf(expected);
				}
			}
			List<UUID> ownTeam = this.ownTeamFinder.findInOwnTeam(typed, null, this.counsellor, AccessPurpose.SEARCH)
				.stream()
				.map(person -> person.id().id())
				.toList();
			assertThat(ownTeam).as("own team for %s", typed).containsExactlyElementsOf(ownTeamOracle(typed));
			bySimilarityOnly += ruleCount(typed, "NOT (p.search_name LIKE :prefix) AND :name <% p.search_name");
			byBeginningOnly += ruleCount(typed, "p.search_name LIKE :prefix AND NOT (:name <% p.search_name)");
			nearMisses += ruleCount(typed, """
					NOT (p.search_name LIKE :prefix OR :name <% p.search_name)
					AND 5 * cardinality(ARRAY(SELECT unnest(show_trgm(p.search_name))
					                          INTERSECT SELECT unnest(show_trgm(:name))))
					    >= 2 * cardinality(show_trgm(:name))""");
		}
		// The two rules differ on this data set, and names that share enough trigrams but
		// are no match are tested and left out.
		assertThat(bySimilarityOnly).isPositive();
		assertThat(byBeginningOnly).isPositive();
		assertThat(nearMisses).isPositive();
	}

	@Test
	void aPersonIsFoundUnderTheNewNameAndInTheNewTeamOnly() {
		ParticipantId id = register(this.counsellor, "Quandtberg", "Ilse", LocalDate.of(1980, 1, 2));
		assertThat(ids(this.counsellor, "Quantberg")).containsExactly(id.id());

		ParticipantRecord renamed = record("Quirinstedt", "Ilse", LocalDate.of(1980, 1, 2));
		int version = this.jdbc.sql("SELECT version FROM participant WHERE id = :id")
			.param("id", id.id())
			.query(Integer.class)
			.single();
		this.participants.change(id, version, renamed, this.counsellor);
		assertThat(ids(this.counsellor, "Quantberg")).isEmpty();
		assertThat(ids(this.counsellor, "Quirinstedt")).containsExactly(id.id());

		this.jdbc.sql("UPDATE participant SET responsible_unit_id = :unit, counsellor_id = :counsellor WHERE id = :id")
			.param("unit", this.otherTeam.unitId())
			.param("counsellor", this.otherTeam.id())
			.param("id", id.id())
			.update();
		assertThat(ids(this.counsellor, "Quirinstedt")).isEmpty();
		assertThat(ids(this.otherTeam, "Quirinstedt")).containsExactly(id.id());

		this.jdbc.sql("DELETE FROM participant WHERE id = :id").param("id", id.id()).update();
		assertThat(ids(this.otherTeam, "Quirinstedt")).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM participant_name_trigram WHERE participant_id = :id")
			.param("id", id.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePostingsAreExactlyTheTrigramsOfEveryNameInItsTeam() {
		registerPeople(this.counsellor, 11, 30);
		long differing = this.jdbc
			.sql("""
					SELECT count(*) FROM (
					    (SELECT p.responsible_unit_id, t, p.id FROM participant p, unnest(show_trgm(p.search_name)) t
					     EXCEPT SELECT unit_id, trigram, participant_id FROM participant_name_trigram)
					    UNION ALL
					    (SELECT unit_id, trigram, participant_id FROM participant_name_trigram
					     EXCEPT SELECT p.responsible_unit_id, t, p.id FROM participant p, unnest(show_trgm(p.search_name)) t)
					) d
					""")
			.query(Long.class)
			.single();
		assertThat(differing).isZero();
	}

	/** The rule as the search ran it before it had postings: over the team's rows. */
	private List<UUID> oracle(StaffMember viewer, String typed) {
		String name = Participant.normalise(typed);
		return inTransaction(() -> this.jdbc.sql("""
				SELECT p.id FROM participant p
				WHERE p.responsible_unit_id = :unit AND (p.search_name LIKE :prefix OR :name <% p.search_name)
				ORDER BY (p.search_name = :name OR starts_with(p.search_name, :name || ' ')) DESC,
				         word_similarity(:name, p.search_name) DESC, similarity(:name, p.search_name) DESC,
				         p.search_name, p.id
				""")
			.param("unit", viewer.unitId())
			.param("name", name)
			.param("prefix", name + "%")
			.query(UUID.class)
			.list());
	}

	private List<UUID> ownTeamOracle(String typed) {
		String name = Participant.normalise(typed.strip());
		return inTransaction(() -> this.jdbc.sql("""
				SELECT p.id FROM participant p
				WHERE p.responsible_unit_id = :unit AND (p.search_name LIKE :prefix OR :name <% p.search_name)
				ORDER BY starts_with(p.search_name, :name) DESC, word_similarity(:name, p.search_name) DESC,
				         p.search_name, p.id
				LIMIT 20
				""")
			.param("unit", this.counsellor.unitId())
			.param("name", name)
			.param("prefix", name + "%")
			.query(UUID.class)
			.list());
	}

	private int ruleCount(String typed, String condition) {
		String name = Participant.normalise(typed);
		return inTransaction(() -> this.jdbc
			.sql("SELECT count(*) FROM participant p WHERE p.responsible_unit_id = :unit AND " + condition)
			.param("unit", this.counsellor.unitId())
			.param("name", name)
			.param("prefix", name + "%")
			.query(Integer.class)
			.single());
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(this.transactionManager).execute(tx -> {
			this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true)")
				.query(String.class)
				.single();
			return work.get();
		});
	}

	private List<UUID> ids(StaffMember viewer, String typed) {
		return this.finder
			.search(new ParticipantSearch(typed, null, null, null, null, null, null, false, 0, 20), viewer,
					AccessPurpose.SEARCH)
			.items()
			.stream()
			.map(item -> item.id().id())
			.toList();
	}

	/**
	 * People with names combined from alike names, in either order, some typed wrongly.
	 */
	private void registerPeople(StaffMember viewer, long seed, int count) {
		Random random = new Random(seed);
		for (int i = 0; i < count; i++) {
			String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
			String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
			if (random.nextInt(8) == 0) {
				String swap = family;
				family = given;
				given = swap;
			}
			if (random.nextInt(6) == 0 && family.length() > 3) {
				int at = 1 + random.nextInt(family.length() - 2);
				family = family.substring(0, at) + (char) ('a' + random.nextInt(26)) + family.substring(at + 1);
			}
			register(viewer, family, given,
					LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)));
		}
	}

	private ParticipantId register(StaffMember viewer, String familyName, String givenNames, LocalDate birthDate) {
		return this.participants.register(record(familyName, givenNames, birthDate), null, false, viewer);
	}

	private static ParticipantRecord record(String familyName, String givenNames, LocalDate birthDate) {
		PersonalDetails template = ParticipantTests.details(birthDate, null, false);
		return new ParticipantRecord(
				new PersonalDetails(familyName, givenNames, birthDate, template.gender(), null, null, "Kassel", "14",
						null, null, true, "DE", null, false, template.benefitBasis(), null, template.referralSource()),
				null, Set.of(), Set.of(), List.of());
	}

	private StaffMember counsellorOfNewTeam() {
		UUID unit = UUID.randomUUID();
		UUID account = UUID.randomUUID();
		String code = "T-" + unit.toString().substring(0, 8);
		this.jdbc.sql("INSERT INTO organisational_unit (id, version, code, name) VALUES (:unit, 0, :code, :code)")
			.param("unit", unit)
			.param("code", code)
			.update();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, :username, 'COUNSELLOR', :unit)
				""").param("id", account).param("username", "fk-" + code.toLowerCase()).param("unit", unit).update();
		return this.organisation.staffMember(account).orElseThrow();
	}

}
