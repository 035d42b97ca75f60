package de.weitblick.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invents people for the demonstration: every one synthetic, spread over the focus groups
 * in proportions plausible for a city of about 200,000 people. A fixed seed makes every
 * run the same, so a demo can be described in advance.
 */
@Service
public class SyntheticParticipants {

	private static final String[] FAMILY_NAMES = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
			"Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
			"Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Yılmaz",
			"Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Nowak", "Kowalski", "Wiśniewska", "Petrenko",
			"Kovalenko", "Shevchenko", "Bondarenko", "Ivanova", "Haddad", "Al-Masri", "Khalil", "Nasser", "Hussein",
			"Popescu", "Ionescu", "Mensah", "Okafor", "Tesfaye", "Rahimi", "Ahmadi", "Hosseini", "Rossi", "Nguyen" };

	private static final String[] FEMALE_NAMES = { "Anna", "Lena", "Sarah", "Julia", "Laura", "Lisa", "Marie", "Sophie",
			"Emma", "Hannah", "Ayşe", "Elif", "Zeynep", "Fatma", "Olena", "Iryna", "Natalia", "Kateryna", "Agnieszka",
			"Fatima", "Amira", "Layla", "Nour", "Maria", "Ioana", "Ama", "Mahsa" };

	private static final String[] MALE_NAMES = { "Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Max", "Tim", "Jan",
			"Tobias", "Mehmet", "Mustafa", "Emre", "Can", "Oleksandr", "Andrii", "Dmytro", "Piotr", "Tomasz", "Ahmad",
			"Omar", "Yusuf", "Karim", "Andrei", "Kwame", "Dawit", "Reza" };

	private static final String[] IMMIGRATION_COUNTRIES = { "TR", "TR", "TR", "SY", "SY", "UA", "UA", "PL", "RO", "RU",
			"AF", "IQ", "ER", "GH", "IR", "IT", "VN", "KZ" };

	private static final String[] LANGUAGE_OF = { "tr", "tr", "tr", "ar", "ar", "uk", "uk", "pl", "ro", "ru", "fa",
			"ar", "ti", "en", "fa", "it", "vi", "ru" };

	private final ParticipantRepository participants;

	private final FocusGroupProjection focusGroupProjection;

	private final Catalogues catalogues;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	SyntheticParticipants(ParticipantRepository participants, FocusGroupProjection focusGroupProjection,
			Catalogues catalogues, OrganisationManagement organisation, AuditTrail audit, JdbcClient jdbc,
			Clock clock) {
		this.participants = participants;
		this.focusGroupProjection = focusGroupProjection;
		this.catalogues = catalogues;
		this.organisation = organisation;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers synthetic people in the caseloads of counsellors, unless any participant
	 * exists. The people of the first caseload are the same whatever follows it.
	 * @param seed the same seed gives the same people
	 * @param caseloads how many people each counsellor holds, in this order; an unknown
	 * counsellor or one without a team gets none
	 * @return how many were created; zero when participants existed already
	 */
	@Transactional
	public int createIfNone(long seed, List<Caseload> caseloads) {
		if (this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM participant)").query(Boolean.class).single()) {
			return 0;
		}
		Random random = new Random(seed);
		LocalDate today = LocalDate.now(this.clock);
		List<String> districts = this.catalogues.districts().stream().map(CityDistrict::code).toList();
		int created = 0;
		for (Caseload caseload : caseloads) {
			StaffMember counsellor = this.organisation.staffMember(caseload.counsellorUsername()).orElse(null);
			if (counsellor == null || counsellor.unitId() == null) {
				continue;
			}
			for (int i = 0; i < caseload.count(); i++) {
				Participant participant = Participant.register(TimeOrderedIds.next(), invent(random, today, districts),
						counsellor.id(), counsellor.unitId(), today, this.clock.instant());
				this.participants.save(participant);
				this.audit.recordAction(Actor.SYSTEM, AuditAction.CREATE, ParticipantManagement.SUBJECT_TYPE,
						participant.id().id(), AccessPurpose.REGISTRATION,
						AuditDetail.of("participant.audit.synthetic"));
				this.focusGroupProjection.project(participant);
				created++;
			}
		}
		return created;
	}

	/**
	 * How many synthetic people one counsellor holds.
	 *
	 * @param counsellorUsername the counsellor's user name, must not be null
	 * @param count how many people
	 */
	public record Caseload(String counsellorUsername, int count) {

	}

	static ParticipantRecord invent(Random random, LocalDate today, List<String> districts) {
		boolean female = random.nextBoolean();
		// About a third of the caseload is under 25, as in the city's unemployment
		// figures.
		int age = (random.nextInt(100) < 32) ? 16 + random.nextInt(9) : 25 + random.nextInt(38);
		LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));
		boolean immigrated = random.nextInt(100) < 42;
		int origin = random.nextInt(IMMIGRATION_COUNTRIES.length);
		Integer immigrationYear = immigrated
				? Math.max(birthDate.getYear(), today.getYear() - random.nextInt(Math.max(1, Math.min(age, 30))))
				: null;
		List<ChildInHousehold> children = new ArrayList<>();
		boolean singleParent = false;
		if (age >= 20 && random.nextInt(100) < 35) {
			int childCount = 1 + random.nextInt(3);
			for (int c = 0; c < childCount; c++) {
				children.add(new ChildInHousehold(Math.min(today.getYear(),
						birthDate.getYear() + 18 + random.nextInt(Math.max(1, Math.min(age - 18, 20))))));
			}
			boolean minorChild = children.stream().anyMatch(child -> child.birthYear() > today.getYear() - 18);
			singleParent = minorChild && random.nextInt(100) < (female ? 45 : 8);
		}
		BenefitBasis benefit;
		int benefitDraw = random.nextInt(100);
		if (age >= 60 && benefitDraw < 40) {
			benefit = BenefitBasis.SGB_XII_CHAPTER_4;
		}
		else if (benefitDraw < 8) {
			benefit = BenefitBasis.SGB_XII_CHAPTER_3;
		}
		else if (benefitDraw < 70) {
			benefit = BenefitBasis.SGB_II;
		}
		else if (benefitDraw < 85) {
			benefit = BenefitBasis.SGB_III;
		}
		else {
			benefit = BenefitBasis.NONE;
		}
		LocalDate unemployedSince = null;
		if (age >= 18 && random.nextInt(100) < 70) {
			// Almost half of the unemployed in the caseload have been so for a year or
			// longer.
			int months = (random.nextInt(100) < 48) ? 12 + random.nextInt(60) : random.nextInt(12);
			unemployedSince = today.minusMonths(months).minusDays(random.nextInt(28));
			if (unemployedSince.isBefore(birthDate.plusYears(16))) {
				unemployedSince = birthDate.plusYears(16);
			}
		}
		String familyName = immigrated ? FAMILY_NAMES[25 + random.nextInt(FAMILY_NAMES.length - 25)]
				: FAMILY_NAMES[random.nextInt(25)];
		String givenName = female ? FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)]
				: MALE_NAMES[random.nextInt(MALE_NAMES.length)];
		Set<LanguageSkill> languages = new LinkedHashSet<>();
		Set<Citizenship> citizenships = new LinkedHashSet<>();
		if (immigrated) {
			languages.add(new LanguageSkill(LANGUAGE_OF[origin], LanguageLevel.NATIVE));
			languages.add(new LanguageSkill("de", LanguageLevel.values()[random.nextInt(5)]));
			citizenships.add(new Citizenship(IMMIGRATION_COUNTRIES[origin]));
			if (random.nextInt(100) < 25) {
				citizenships.add(new Citizenship("DE"));
			}
		}
		else {
			languages.add(new LanguageSkill("de", LanguageLevel.NATIVE));
			citizenships.add(new Citizenship("DE"));
		}
		Gender gender = female ? Gender.FEMALE : ((random.nextInt(100) < 2) ? Gender.DIVERSE : Gender.MALE);
		ReferralSource referral = (age < 20) ? ReferralSource.SCHOOL : ((benefit == BenefitBasis.SGB_II)
				? ReferralSource.JOBCENTER : ReferralSource.values()[random.nextInt(ReferralSource.values().length)]);
		PersonalDetails details = new PersonalDetails(familyName, givenName, birthDate, gender,
				"Beispielstraße " + (1 + random.nextInt(120)), "34" + (100 + random.nextInt(80)), "Kassel",
				districts.get(random.nextInt(districts.size())), null, null, !immigrated,
				immigrated ? IMMIGRATION_COUNTRIES[origin] : "DE", immigrationYear, singleParent, benefit,
				unemployedSince, referral);
		return new ParticipantRecord(details, ParentsOrigin.UNKNOWN, languages, citizenships, children);
	}

}
