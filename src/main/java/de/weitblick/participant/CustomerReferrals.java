package de.weitblick.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.participant.referralimport.ReferralColumn;
import de.weitblick.participant.referralimport.ReferralFile;
import de.weitblick.participant.referralimport.ReferralImportSettings;
import de.weitblick.participant.referralimport.ReferralRowCheck;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a Jobcenter refers by its customer number (Kundennummer) instead of the
 * office's identifier: a number on record names the person it was recorded for; a new
 * number registers the person from the referral's data, by the rules of the referral
 * list's columns and with the same check for people registered already, in the team of
 * the counsellor who takes partners' referrals ({@link PartnerIntake}). The partner never
 * sees the case file.
 */
@Service
@Transactional
public class CustomerReferrals {

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	/** The field of {@link CustomerReferral} each column of a referral list becomes. */
	private static final Map<ReferralColumn, String> FIELDS = new EnumMap<>(ReferralColumn.class);

	static {
		FIELDS.put(ReferralColumn.CUSTOMER_NUMBER, "customerNumber");
		FIELDS.put(ReferralColumn.FAMILY_NAME, "familyName");
		FIELDS.put(ReferralColumn.GIVEN_NAMES, "givenNames");
		FIELDS.put(ReferralColumn.BIRTH_DATE, "birthDate");
		FIELDS.put(ReferralColumn.GENDER, "gender");
		FIELDS.put(ReferralColumn.STREET, "street");
		FIELDS.put(ReferralColumn.POSTAL_CODE, "postalCode");
		FIELDS.put(ReferralColumn.CITY, "city");
		FIELDS.put(ReferralColumn.DISTRICT, "districtCode");
		FIELDS.put(ReferralColumn.PHONE, "phone");
		FIELDS.put(ReferralColumn.EMAIL, "email");
		FIELDS.put(ReferralColumn.BENEFIT_BASIS, "benefitBasis");
		FIELDS.put(ReferralColumn.UNEMPLOYED_SINCE, "unemployedSince");
		FIELDS.put(ReferralColumn.LANGUAGES, "languages");
		FIELDS.put(ReferralColumn.CITIZENSHIPS, "citizenships");
		FIELDS.put(ReferralColumn.COUNTRY_OF_BIRTH, "countryOfBirth");
		FIELDS.put(ReferralColumn.GERMAN_SINCE_BIRTH, "germanSinceBirth");
		FIELDS.put(ReferralColumn.IMMIGRATION_YEAR, "immigrationYear");
		FIELDS.put(ReferralColumn.REFERRAL_DATE, "referredOn");
	}

	private final JdbcClient jdbc;

	private final ParticipantRepository repository;

	private final FocusGroupProjection focusGroupProjection;

	private final Catalogues catalogues;

	private final OrganisationManagement organisation;

	private final PartnerIntake intake;

	private final ReferralImportSettings importSettings;

	private final AuditTrail audit;

	private final Clock clock;

	CustomerReferrals(JdbcClient jdbc, ParticipantRepository repository, FocusGroupProjection focusGroupProjection,
			Catalogues catalogues, OrganisationManagement organisation, PartnerIntake intake,
			ReferralImportSettings importSettings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.focusGroupProjection = focusGroupProjection;
		this.catalogues = catalogues;
		this.organisation = organisation;
		this.intake = intake;
		this.importSettings = importSettings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The person a Jobcenter names by customer number, registered first when the number
	 * is new to the office. The data of a person on record are not changed.
	 * @param referral must not be null
	 * @param confirmedNotRegistered whether the partner confirmed that a person on record
	 * with the same birth date and a similar name is somebody else
	 * @param partner the Jobcenter's partner account, must not be null
	 * @return the person and whether it was registered now; never null
	 * @throws RuleViolation when the account is not a Jobcenter's, a known number was
	 * recorded with another birth date, or no counsellor takes partners' referrals
	 * @throws CustomerReferralRefused when a new person's data break the rules of the
	 * referral list's columns
	 * @throws LikelyRegistered when a new person seems to be on record already and the
	 * partner did not confirm otherwise
	 */
	public ReferredPerson findOrRegister(CustomerReferral referral, boolean confirmedNotRegistered,
			StaffMember partner) {
		this.intake.jobcenterOf(partner);
		Actor actor = new Actor(partner.username(), partner.role().name());
		String number = (referral.customerNumber() != null)
				? WHITESPACE.matcher(referral.customerNumber()).replaceAll("").toUpperCase(Locale.ROOT) : "";
		Optional<Participant> known = this.jdbc
			.sql("SELECT participant_id FROM participant_referral WHERE customer_number = :number")
			.param("number", number)
			.query(UUID.class)
			.optional()
			.flatMap(this.repository::findById);
		if (known.isPresent()) {
			Participant person = known.get();
			if (!person.details().birthDate().equals(referral.birthDate())) {
				// A mistyped number must never reach another person.
				this.audit.recordRefusal(actor, ParticipantManagement.SUBJECT_TYPE, person.id().id(),
						AccessPurpose.PARTNER_INTERFACE,
						AuditDetail.of("participant.audit.customer-number-birth-date"));
				throw new RuleViolation("birthDate", "participant.partner-referral.rule.birth-date");
			}
			return new ReferredPerson(person.id(), false);
		}
		StaffMember counsellor = this.intake.counsellor();
		ReferralRowCheck check = new ReferralRowCheck(LocalDate.now(this.clock), this.clock.instant(), counsellor,
				this.organisation.counsellors(counsellor.unitId()), this.catalogues.districts(),
				Pattern.compile(this.importSettings.customerNumberPattern()));
		ReferralRowCheck.ReferralRow row = check.check(row(referral));
		if (!row.valid()) {
			throw new CustomerReferralRefused(row.findings()
				.stream()
				.map(finding -> new CustomerReferralRefused.FieldProblem(
						(finding.column() != null) ? FIELDS.get(finding.column()) : null, finding.messageKey(),
						finding.arguments()))
				.toList());
		}
		if (!confirmedNotRegistered) {
			List<LikelyRegistered.PossibleMatch> matches = alike(row, actor);
			if (!matches.isEmpty()) {
				throw new LikelyRegistered(matches);
			}
		}
		Participant person = row.participant();
		this.repository.save(person);
		try {
			this.jdbc.sql("""
					INSERT INTO participant_referral (participant_id, customer_number, referred_on, recorded_at)
					VALUES (:participant, :number, :referredOn, :now)
					""")
				.param("participant", person.id().id())
				.param("number", row.customerNumber())
				.param("referredOn", row.referredOn())
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException raced) {
			// The same number was registered in between, by a list or another referral.
			throw new RuleViolation("customerNumber", "participant.partner-referral.rule.registered-meanwhile");
		}
		this.focusGroupProjection.project(person);
		this.audit.recordAction(actor, AuditAction.CREATE, ParticipantManagement.SUBJECT_TYPE, person.id().id(),
				AccessPurpose.REGISTRATION, AuditDetail.of("participant.audit.registered-by-customer-number"));
		return new ReferredPerson(person.id(), true);
	}

	/**
	 * People on record with the same birth date and a similar name, the check of the
	 * registration form; the partner learns only the customer numbers the office has for
	 * them, and that is written to the audit trail.
	 */
	private List<LikelyRegistered.PossibleMatch> alike(ReferralRowCheck.ReferralRow row, Actor actor) {
		List<UUID> ids = new ArrayList<>();
		List<LikelyRegistered.PossibleMatch> matches = this.jdbc.sql("""
				SELECT p.id, (SELECT min(r.customer_number) FROM participant_referral r WHERE r.participant_id = p.id)
				FROM participant p
				WHERE p.birth_date = :birthDate AND (p.search_name = :name OR similarity(p.search_name, :name) >= 0.5)
				ORDER BY similarity(p.search_name, :name) DESC
				LIMIT 10
				""")
			.param("birthDate", row.participant().details().birthDate())
			.param("name", row.searchName())
			.query((rs, n) -> {
				ids.add(rs.getObject(1, UUID.class));
				return new LikelyRegistered.PossibleMatch(rs.getString(2));
			})
			.list();
		this.audit.recordList(actor, ParticipantManagement.SUBJECT_TYPE, ids, AccessPurpose.PARTNER_INTERFACE,
				AuditDetail.of("participant.audit.customer-number-duplicate"));
		return matches;
	}

	/**
	 * The referral as a row of a referral list, so that it is checked by the very same
	 * rules.
	 */
	private static ReferralFile.Row row(CustomerReferral referral) {
		Map<ReferralColumn, String> values = new EnumMap<>(ReferralColumn.class);
		put(values, ReferralColumn.CUSTOMER_NUMBER, referral.customerNumber());
		put(values, ReferralColumn.FAMILY_NAME, referral.familyName());
		put(values, ReferralColumn.GIVEN_NAMES, referral.givenNames());
		put(values, ReferralColumn.BIRTH_DATE, referral.birthDate());
		put(values, ReferralColumn.GENDER, (referral.gender() != null) ? referral.gender().name() : null);
		put(values, ReferralColumn.STREET, referral.street());
		put(values, ReferralColumn.POSTAL_CODE, referral.postalCode());
		put(values, ReferralColumn.CITY, referral.city());
		put(values, ReferralColumn.DISTRICT, referral.districtCode());
		put(values, ReferralColumn.PHONE, referral.phone());
		put(values, ReferralColumn.EMAIL, referral.email());
		put(values, ReferralColumn.BENEFIT_BASIS,
				(referral.benefitBasis() != null) ? referral.benefitBasis().name() : null);
		put(values, ReferralColumn.UNEMPLOYED_SINCE, referral.unemployedSince());
		if (referral.languages() != null) {
			put(values, ReferralColumn.LANGUAGES,
					referral.languages()
						.stream()
						.map(skill -> (skill == null) ? "?"
								: skill.languageCode() + " " + ((skill.level() != null) ? skill.level().name() : "?"))
						.collect(Collectors.joining(", ")));
		}
		if (referral.citizenships() != null) {
			put(values, ReferralColumn.CITIZENSHIPS, String.join(", ",
					referral.citizenships().stream().map(code -> (code != null) ? code : "?").toList()));
		}
		put(values, ReferralColumn.COUNTRY_OF_BIRTH, referral.countryOfBirth());
		put(values, ReferralColumn.GERMAN_SINCE_BIRTH,
				(referral.germanSinceBirth() != null) ? (referral.germanSinceBirth() ? "yes" : "no") : null);
		put(values, ReferralColumn.IMMIGRATION_YEAR, referral.immigrationYear());
		put(values, ReferralColumn.REFERRAL_DATE, referral.referredOn());
		return new ReferralFile.Row(0, values, values.size(), values.size());
	}

	private static void put(Map<ReferralColumn, String> values, ReferralColumn column, Object value) {
		if (value != null && !value.toString().isBlank()) {
			values.put(column, value.toString().strip());
		}
	}

	/**
	 * @param id never null
	 * @param registered whether the person was registered by this referral
	 */
	public record ReferredPerson(ParticipantId id, boolean registered) {
	}

}
