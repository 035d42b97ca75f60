package de.weitblick.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.shared.Period;
import de.weitblick.shared.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project of the office with limited places, such as InMigra or Handwerk live: the
 * aggregate root for its description, partners, target focus groups, eligibility rules,
 * funding and strategy goals. Its places per period are kept apart
 * ({@link ProjectManagement#places}), because enrolments change their occupancy far more
 * often than anyone edits the description.
 */
@Table("project")
public class Project {

	static final int MAXIMUM_NAME = 200;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private String name;

	private String shortName;

	private ProjectKind kind;

	private ProjectStatus status;

	private String description;

	private UUID organisationalUnitId;

	private UUID leadId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String location;

	private Integer minimumAge;

	private Integer maximumAge;

	private boolean requiresCityResidence;

	private LanguageLevel minimumGermanLevel;

	@MappedCollection(idColumn = "project_id")
	private Set<ProjectPartnership> partnerships;

	@MappedCollection(idColumn = "project_id")
	private Set<TargetFocusGroup> targetFocusGroups;

	@MappedCollection(idColumn = "project_id")
	private Set<EligibleFocusGroup> eligibleFocusGroups;

	@MappedCollection(idColumn = "project_id")
	private Set<AdmittedBenefitBasis> admittedBenefitBases;

	@MappedCollection(idColumn = "project_id")
	private Set<FundingReference> funding;

	@MappedCollection(idColumn = "project_id")
	private Set<StrategyGoalReference> strategyGoals;

	Project(UUID id, Integer version, String name, String shortName, ProjectKind kind, ProjectStatus status,
			String description, UUID organisationalUnitId, UUID leadId, LocalDate startsOn, LocalDate endsOn,
			String location, Integer minimumAge, Integer maximumAge, boolean requiresCityResidence,
			LanguageLevel minimumGermanLevel, Set<ProjectPartnership> partnerships,
			Set<TargetFocusGroup> targetFocusGroups, Set<EligibleFocusGroup> eligibleFocusGroups,
			Set<AdmittedBenefitBasis> admittedBenefitBases, Set<FundingReference> funding,
			Set<StrategyGoalReference> strategyGoals) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.status = status;
		this.description = description;
		this.organisationalUnitId = organisationalUnitId;
		this.leadId = leadId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.location = location;
		this.minimumAge = minimumAge;
		this.maximumAge = maximumAge;
		this.requiresCityResidence = requiresCityResidence;
		this.minimumGermanLevel = minimumGermanLevel;
		this.partnerships = Set.copyOf(partnerships);
		this.targetFocusGroups = Set.copyOf(targetFocusGroups);
		this.eligibleFocusGroups = Set.copyOf(eligibleFocusGroups);
		this.admittedBenefitBases = Set.copyOf(admittedBenefitBases);
		this.funding = Set.copyOf(funding);
		this.strategyGoals = Set.copyOf(strategyGoals);
	}

	/**
	 * Describes a new project.
	 * @param id must not be null
	 * @param description must not be null
	 * @throws RuleViolation when the description breaks a rule
	 */
	static Project create(UUID id, ProjectDescription description) {
		Project project = new Project(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
				false, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
		project.describe(description);
		return project;
	}

	/**
	 * Changes the description.
	 * @param description must not be null
	 * @throws RuleViolation when the description breaks a rule
	 */
	void describe(ProjectDescription description) {
		check(description);
		EligibilityRules rules = description.eligibility();
		this.name = description.name().strip();
		this.shortName = blankToNull(description.shortName());
		this.kind = description.kind();
		this.status = description.status();
		this.description = blankToNull(description.description());
		this.organisationalUnitId = description.organisationalUnitId();
		this.leadId = description.leadId();
		this.startsOn = description.startsOn();
		this.endsOn = description.endsOn();
		this.location = blankToNull(description.location());
		this.minimumAge = rules.minimumAge();
		this.maximumAge = rules.maximumAge();
		this.requiresCityResidence = rules.requiresCityResidence();
		this.minimumGermanLevel = rules.minimumGermanLevel();
		this.partnerships = Set.copyOf(description.partnerships());
		this.targetFocusGroups = description.targetFocusGroups()
			.stream()
			.map(TargetFocusGroup::new)
			.collect(Collectors.toUnmodifiableSet());
		this.eligibleFocusGroups = rules.focusGroups()
			.stream()
			.map(EligibleFocusGroup::new)
			.collect(Collectors.toUnmodifiableSet());
		this.admittedBenefitBases = rules.benefitBases()
			.stream()
			.map(AdmittedBenefitBasis::new)
			.collect(Collectors.toUnmodifiableSet());
		this.funding = description.fundingProgrammeIds()
			.stream()
			.map(FundingReference::new)
			.collect(Collectors.toUnmodifiableSet());
		this.strategyGoals = description.strategyGoals()
			.stream()
			.filter(goal -> goal != null && !goal.isBlank())
			.map(goal -> new StrategyGoalReference(goal.strip()))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static void check(ProjectDescription description) {
		if (description.name() == null || description.name().isBlank()) {
			throw new RuleViolation("name", "project.rule.name-missing");
		}
		if (description.endsOn() != null && description.endsOn().isBefore(description.startsOn())) {
			throw new RuleViolation("endsOn", "project.rule.ends-before-start");
		}
		EligibilityRules rules = description.eligibility();
		if (rules.minimumAge() != null && rules.maximumAge() != null && rules.minimumAge() > rules.maximumAge()) {
			throw new RuleViolation("maximumAge", "project.rule.age-range-reversed");
		}
		if (rules.minimumGermanLevel() == LanguageLevel.NATIVE) {
			throw new RuleViolation("minimumGermanLevel", "project.rule.german-level-not-cefr");
		}
		long operators = description.partnerships()
			.stream()
			.filter(partnership -> partnership.role() == PartnerRole.OPERATOR)
			.count();
		if (operators > 1) {
			throw new RuleViolation("partners", "project.rule.one-operator");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Whether referrals are taken: an ended project takes none.
	 */
	public boolean takesReferrals() {
		return this.status != ProjectStatus.ENDED;
	}

	public ProjectId id() {
		return new ProjectId(this.id);
	}

	public Integer version() {
		return this.version;
	}

	public String name() {
		return this.name;
	}

	/**
	 * @return may be null
	 */
	public String shortName() {
		return this.shortName;
	}

	/**
	 * @return the short name, or the name when there is none; never null
	 */
	public String displayName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

	public ProjectKind kind() {
		return this.kind;
	}

	public ProjectStatus status() {
		return this.status;
	}

	/**
	 * @return may be null
	 */
	public String description() {
		return this.description;
	}

	public UUID organisationalUnitId() {
		return this.organisationalUnitId;
	}

	/**
	 * @return the staff account of the project lead, or null while none is named
	 */
	public UUID leadId() {
		return this.leadId;
	}

	public Period runningTime() {
		return new Period(this.startsOn, this.endsOn);
	}

	/**
	 * @return may be null
	 */
	public String location() {
		return this.location;
	}

	/**
	 * @return never null
	 */
	public Set<ProjectPartnership> partnerships() {
		return this.partnerships;
	}

	/**
	 * @return the target focus groups in their fixed order, never null
	 */
	public List<FocusGroupCode> targetFocusGroups() {
		return this.targetFocusGroups.stream().map(TargetFocusGroup::focusGroupCode).sorted().toList();
	}

	/**
	 * @return who may take part, never null
	 */
	public EligibilityRules eligibility() {
		return new EligibilityRules(this.minimumAge, this.maximumAge,
				this.eligibleFocusGroups.stream()
					.map(EligibleFocusGroup::focusGroupCode)
					.collect(Collectors.toUnmodifiableSet()),
				this.admittedBenefitBases.stream()
					.map(AdmittedBenefitBasis::benefitBasis)
					.collect(Collectors.toUnmodifiableSet()),
				this.requiresCityResidence, this.minimumGermanLevel);
	}

	/**
	 * @return the eligible focus groups in their fixed order, never null
	 */
	public List<FocusGroupCode> eligibleFocusGroups() {
		return eligibility().focusGroups().stream().sorted().toList();
	}

	/**
	 * @return the admitted benefit bases in their fixed order, never null
	 */
	public List<BenefitBasis> admittedBenefitBases() {
		return eligibility().benefitBases().stream().sorted().toList();
	}

	/**
	 * @return never null
	 */
	public Set<FundingReference> funding() {
		return this.funding;
	}

	/**
	 * @return the references in alphabetical order, never null
	 */
	public List<String> strategyGoals() {
		return this.strategyGoals.stream()
			.map(StrategyGoalReference::reference)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	/**
	 * @return everything that describes the project, as a form starts from it; never null
	 */
	public ProjectDescription toDescription() {
		return new ProjectDescription(this.name, this.shortName, this.kind, this.status, this.description,
				this.organisationalUnitId, this.leadId, this.startsOn, this.endsOn, this.location,
				Set.copyOf(targetFocusGroups()), eligibility(), this.partnerships,
				this.funding.stream().map(FundingReference::fundingProgrammeId).collect(Collectors.toSet()),
				strategyGoals());
	}

}
