package de.weitblick.project.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.strategy.GoalId;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form: what a person typed, turned into a {@link ProjectDescription}. Each
 * partner organisation has one role in the form; the API takes several.
 */
public class ProjectForm {

	private Integer version;

	@NotBlank(message = "{project.validation.name}")
	@Size(max = 200, message = "{project.validation.too-long}")
	private String name;

	@Size(max = 60, message = "{project.validation.too-long}")
	private String shortName;

	@NotNull(message = "{project.validation.kind}")
	private ProjectKind kind;

	@NotNull(message = "{project.validation.status}")
	private ProjectStatus status = ProjectStatus.PLANNED;

	@Size(max = 4000, message = "{project.validation.too-long}")
	private String description;

	@NotNull(message = "{project.validation.unit}")
	private UUID organisationalUnitId;

	private UUID leadId;

	@NotNull(message = "{project.validation.starts-on}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Size(max = 200, message = "{project.validation.too-long}")
	private String location;

	private Set<FocusGroupCode> targetFocusGroups = new HashSet<>();

	@Min(value = 0, message = "{project.validation.age}")
	@Max(value = 120, message = "{project.validation.age}")
	private Integer minimumAge;

	@Min(value = 0, message = "{project.validation.age}")
	@Max(value = 120, message = "{project.validation.age}")
	private Integer maximumAge;

	private Set<FocusGroupCode> eligibleFocusGroups = new HashSet<>();

	private Set<BenefitBasis> benefitBases = new HashSet<>();

	private boolean requiresCityResidence;

	private LanguageLevel minimumGermanLevel;

	/** Role per partner organisation; an empty role means no part in the project. */
	private Map<String, String> partnerRoles = new LinkedHashMap<>();

	private Set<UUID> fundingProgrammeIds = new HashSet<>();

	/** The strategy goals the project serves, chosen from the strategy module's goals. */
	private Set<UUID> strategyGoalIds = new HashSet<>();

	private String districtCode;

	@Size(max = 3, message = "{project.validation.too-long}")
	private String occupationCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private java.time.LocalTime hoursFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private java.time.LocalTime hoursUntil;

	static ProjectForm of(Project project) {
		ProjectForm form = new ProjectForm();
		form.version = project.version();
		form.name = project.name();
		form.shortName = project.shortName();
		form.kind = project.kind();
		form.status = project.status();
		form.description = project.description();
		form.organisationalUnitId = project.organisationalUnitId();
		form.leadId = project.leadId();
		form.startsOn = project.runningTime().start();
		form.endsOn = project.runningTime().end();
		form.location = project.location();
		form.targetFocusGroups = new HashSet<>(project.targetFocusGroups());
		EligibilityRules rules = project.eligibility();
		form.minimumAge = rules.minimumAge();
		form.maximumAge = rules.maximumAge();
		form.eligibleFocusGroups = new HashSet<>(rules.focusGroups());
		form.benefitBases = new HashSet<>(rules.benefitBases());
		form.requiresCityResidence = rules.requiresCityResidence();
		form.minimumGermanLevel = rules.minimumGermanLevel();
		for (ProjectPartnership partnership : project.partnerships()) {
			form.partnerRoles.put(partnership.partnerOrganisationId().toString(), partnership.role().name());
		}
		form.fundingProgrammeIds = project.funding()
			.stream()
			.map(reference -> reference.fundingProgrammeId())
			.collect(Collectors.toCollection(HashSet::new));
		return form;
	}

	/**
	 * @return the partnerships the form names; unknown roles and identifiers are left out
	 * (the select offers only valid ones)
	 */
	Set<ProjectPartnership> partnerships() {
		Set<String> roles = EnumSet.allOf(PartnerRole.class).stream().map(Enum::name).collect(Collectors.toSet());
		return this.partnerRoles.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null && roles.contains(entry.getValue()))
			.map(entry -> new ProjectPartnership(UUID.fromString(entry.getKey()),
					PartnerRole.valueOf(entry.getValue())))
			.collect(Collectors.toSet());
	}

	ProjectDescription toDescription() {
		return new ProjectDescription(this.name, this.shortName, this.kind, this.status, this.description,
				this.organisationalUnitId, this.leadId, this.startsOn, this.endsOn, this.location,
				this.targetFocusGroups,
				new EligibilityRules(this.minimumAge, this.maximumAge, this.eligibleFocusGroups, this.benefitBases,
						this.requiresCityResidence, this.minimumGermanLevel),
				partnerships(), this.fundingProgrammeIds, List.of());
	}

	/**
	 * @return the strategy goals chosen, never null
	 */
	Set<GoalId> goals() {
		return this.strategyGoalIds.stream().map(GoalId::new).collect(Collectors.toSet());
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public ProjectKind getKind() {
		return this.kind;
	}

	public void setKind(ProjectKind kind) {
		this.kind = kind;
	}

	public ProjectStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getOrganisationalUnitId() {
		return this.organisationalUnitId;
	}

	public void setOrganisationalUnitId(UUID organisationalUnitId) {
		this.organisationalUnitId = organisationalUnitId;
	}

	public UUID getLeadId() {
		return this.leadId;
	}

	public void setLeadId(UUID leadId) {
		this.leadId = leadId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Set<FocusGroupCode> getTargetFocusGroups() {
		return this.targetFocusGroups;
	}

	public void setTargetFocusGroups(Set<FocusGroupCode> targetFocusGroups) {
		this.targetFocusGroups = (targetFocusGroups != null) ? targetFocusGroups : new HashSet<>();
	}

	public Integer getMinimumAge() {
		return this.minimumAge;
	}

	public void setMinimumAge(Integer minimumAge) {
		this.minimumAge = minimumAge;
	}

	public Integer getMaximumAge() {
		return this.maximumAge;
	}

	public void setMaximumAge(Integer maximumAge) {
		this.maximumAge = maximumAge;
	}

	public Set<FocusGroupCode> getEligibleFocusGroups() {
		return this.eligibleFocusGroups;
	}

	public void setEligibleFocusGroups(Set<FocusGroupCode> eligibleFocusGroups) {
		this.eligibleFocusGroups = (eligibleFocusGroups != null) ? eligibleFocusGroups : new HashSet<>();
	}

	public Set<BenefitBasis> getBenefitBases() {
		return this.benefitBases;
	}

	public void setBenefitBases(Set<BenefitBasis> benefitBases) {
		this.benefitBases = (benefitBases != null) ? benefitBases : new HashSet<>();
	}

	public boolean isRequiresCityResidence() {
		return this.requiresCityResidence;
	}

	public void setRequiresCityResidence(boolean requiresCityResidence) {
		this.requiresCityResidence = requiresCityResidence;
	}

	public LanguageLevel getMinimumGermanLevel() {
		return this.minimumGermanLevel;
	}

	public void setMinimumGermanLevel(LanguageLevel minimumGermanLevel) {
		this.minimumGermanLevel = minimumGermanLevel;
	}

	public Map<String, String> getPartnerRoles() {
		return this.partnerRoles;
	}

	public void setPartnerRoles(Map<String, String> partnerRoles) {
		this.partnerRoles = (partnerRoles != null) ? partnerRoles : new LinkedHashMap<>();
	}

	public Set<UUID> getFundingProgrammeIds() {
		return this.fundingProgrammeIds;
	}

	public void setFundingProgrammeIds(Set<UUID> fundingProgrammeIds) {
		this.fundingProgrammeIds = (fundingProgrammeIds != null) ? fundingProgrammeIds : new HashSet<>();
	}

	public Set<UUID> getStrategyGoalIds() {
		return this.strategyGoalIds;
	}

	public void setStrategyGoalIds(Set<UUID> strategyGoalIds) {
		this.strategyGoalIds = (strategyGoalIds != null) ? strategyGoalIds : new HashSet<>();
	}

	/**
	 * Fills in the place profile kept with the project.
	 */
	ProjectForm withPlaceProfile(de.weitblick.project.PlaceProfile profile) {
		this.districtCode = profile.districtCode();
		this.occupationCode = profile.occupationCode();
		this.hoursFrom = profile.hoursFrom();
		this.hoursUntil = profile.hoursUntil();
		return this;
	}

	de.weitblick.project.PlaceProfile toPlaceProfile() {
		return new de.weitblick.project.PlaceProfile(this.districtCode, this.occupationCode, this.hoursFrom,
				this.hoursUntil);
	}

	public String getDistrictCode() {
		return this.districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getOccupationCode() {
		return this.occupationCode;
	}

	public void setOccupationCode(String occupationCode) {
		this.occupationCode = occupationCode;
	}

	public java.time.LocalTime getHoursFrom() {
		return this.hoursFrom;
	}

	public void setHoursFrom(java.time.LocalTime hoursFrom) {
		this.hoursFrom = hoursFrom;
	}

	public java.time.LocalTime getHoursUntil() {
		return this.hoursUntil;
	}

	public void setHoursUntil(java.time.LocalTime hoursUntil) {
		this.hoursUntil = hoursUntil;
	}

}
