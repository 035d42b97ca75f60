package de.weitblick.project.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.project.CapacityChange;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.PlaceProfile;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectPlaceProfiles;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ProjectSummary;
import de.weitblick.project.page.ProjectView;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects as JSON: read by everybody signed in; set up by the head of department,
 * described and given places by the head of department and the project's lead, with the
 * same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects (Projekte) with their eligibility rules, partners, funding, "
		+ "places per period and capacity history")
class ProjectRestController {

	private final ProjectManagement projects;

	private final PlacesPlanning placesPlanning;

	private final EnrolmentLists enrolments;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	private final Viewers viewers;

	private final ProjectPlaceProfiles placeProfiles;

	ProjectRestController(ProjectManagement projects, PlacesPlanning placesPlanning, EnrolmentLists enrolments,
			OrganisationManagement organisation, FundingManagement funding, Viewers viewers,
			ProjectPlaceProfiles placeProfiles) {
		this.placeProfiles = placeProfiles;
		this.projects = projects;
		this.placesPlanning = placesPlanning;
		this.enrolments = enrolments;
		this.organisation = organisation;
		this.funding = funding;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(summary = "All projects with today's places, ordered by name")
	List<ProjectListItem> listProjects() {
		return this.projects.projects().stream().map(ProjectListItem::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One project with its partners, funding, eligibility rules, place profile and places per "
			+ "period")
	@ApiResponse(responseCode = "404", description = "No such project")
	ProjectResource getProject(@PathVariable UUID id) {
		return resource(id);
	}

	@PostMapping
	@Operation(summary = "Set up a project (head of department only)")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "422", description = "A rule of the project is broken, or the caller may not")
	ResponseEntity<ProjectResource> createProject(@Valid @RequestBody ProjectInput input,
			Authentication authentication) {
		ProjectId id = this.projects.create(input.toDescription(), input.toPlaceProfile(),
				this.viewers.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id.id())).body(resource(id.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a project's description and place profile (left as it is when not sent); "
			+ "refused with 409 when the project changed since the given version")
	@ApiResponse(responseCode = "409", description = "Changed in the meantime by someone else")
	@ApiResponse(responseCode = "422", description = "A rule of the project is broken, or the caller may not")
	ProjectResource describeProject(@PathVariable UUID id, @Valid @RequestBody ProjectInput input,
			Authentication authentication) {
		if (input.version() == null) {
			throw new RuleViolation("version", "project.validation.version");
		}
		this.projects.describe(new ProjectId(id), input.version(), input.toDescription(), input.toPlaceProfile(),
				this.viewers.of(authentication));
		return resource(id);
	}

	@GetMapping("/{id}/places")
	@Operation(summary = "The project's periods with places, occupancy, waiting list length and capacity changes")
	List<PlacesResource> listPlaces(@PathVariable UUID id) {
		return resource(id).places();
	}

	@PostMapping("/{id}/places")
	@Operation(summary = "Plan a new period with its places")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "Dates out of order, label taken, overlapping period")
	ResponseEntity<List<PlacesResource>> planPeriod(@PathVariable UUID id, @Valid @RequestBody PeriodInput input,
			Authentication authentication) {
		this.placesPlanning.addPeriod(new ProjectId(id),
				new PlacesPlan(input.label(), input.startsOn(), input.endsOn(), input.places()),
				this.viewers.of(authentication));
		return ResponseEntity.status(HttpStatus.CREATED).body(resource(id).places());
	}

	@PostMapping("/{id}/places/{periodId}/capacity-changes")
	@Operation(summary = "Change a period's places with a reason and the day it takes effect; kept in the history. "
			+ "Fewer places than are held is refused; a raise offers the new places to the people waiting.")
	@ApiResponse(responseCode = "201", description = "Changed")
	@ApiResponse(responseCode = "409", description = "The places changed since the given version")
	@ApiResponse(responseCode = "422", description = "The change breaks a rule, explained in detail")
	ResponseEntity<PlacesResource> changeCapacity(@PathVariable UUID id, @PathVariable UUID periodId,
			@Valid @RequestBody CapacityInput input, Authentication authentication) {
		this.placesPlanning.changeCapacity(new ProjectId(id), periodId, input.version(), input.places(),
				input.effectiveOn(), input.reason(), this.viewers.of(authentication));
		PlacesResource places = resource(id).places()
			.stream()
			.filter(p -> p.id().equals(periodId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(places);
	}

	private ProjectResource resource(UUID id) {
		ProjectId projectId = new ProjectId(id);
		Project project = this.projects.project(projectId).orElseThrow(() -> new NotFound("project.not-found"));
		return ProjectResource.of(
				ProjectView.of(project, this.projects.places(projectId), this.placesPlanning.capacityChanges(projectId),
						this.enrolments.waitingCounts(projectId), this.organisation, this.funding),
				PlaceProfileInput.of(this.placeProfiles.of(projectId)));
	}

	record ProjectListItem(UUID id, String name, String shortName, ProjectKind kind, ProjectStatus status,
			LocalDate startsOn, LocalDate endsOn, Integer currentPlaces, List<FocusGroupCode> targetFocusGroups) {

		static ProjectListItem of(ProjectSummary summary) {
			return new ProjectListItem(summary.id().id(), summary.name(), summary.shortName(), summary.kind(),
					summary.status(), summary.startsOn(), summary.endsOn(), summary.currentPlaces(),
					summary.targetFocusGroups());
		}

	}

	/**
	 * A project as a client sends it; the version is needed to change one.
	 */
	record ProjectInput(Integer version,
			@NotBlank(message = "{project.validation.name}") @Size(max = 200,
					message = "{project.validation.too-long}") String name,
			@Size(max = 60, message = "{project.validation.too-long}") String shortName,
			@NotNull(message = "{project.validation.kind}") ProjectKind kind,
			@NotNull(message = "{project.validation.status}") ProjectStatus status,
			@Size(max = 4000, message = "{project.validation.too-long}") String description,
			@NotNull(message = "{project.validation.unit}") UUID organisationalUnitId, UUID leadId,
			@NotNull(message = "{project.validation.starts-on}") LocalDate startsOn, LocalDate endsOn,
			@Size(max = 200, message = "{project.validation.too-long}") String location,
			Set<FocusGroupCode> targetFocusGroups, @Valid EligibilityInput eligibility,
			List<@Valid PartnerInput> partners, Set<UUID> fundingProgrammeIds,
			List<@Size(max = 200, message = "{project.validation.too-long}") String> strategyGoals,
			@Valid PlaceProfileInput placeProfile) {

		PlaceProfile toPlaceProfile() {
			return (this.placeProfile != null) ? this.placeProfile.toProfile() : null;
		}

		ProjectDescription toDescription() {
			EligibilityInput rules = (this.eligibility != null) ? this.eligibility
					: new EligibilityInput(null, null, null, null, false, null);
			return new ProjectDescription(this.name, this.shortName, this.kind, this.status, this.description,
					this.organisationalUnitId, this.leadId, this.startsOn, this.endsOn, this.location,
					orEmpty(this.targetFocusGroups), rules.toRules(),
					(this.partners != null) ? this.partners.stream()
						.map(partner -> new ProjectPartnership(partner.partnerOrganisationId(), partner.role()))
						.collect(java.util.stream.Collectors.toSet()) : Set.of(),
					orEmpty(this.fundingProgrammeIds), (this.strategyGoals != null) ? this.strategyGoals : List.of());
		}

	}

	/**
	 * Who may take part; every rule left out admits everybody.
	 */
	record EligibilityInput(
			@Min(value = 0, message = "{project.validation.age}") @Max(value = 120,
					message = "{project.validation.age}") Integer minimumAge,
			@Min(value = 0, message = "{project.validation.age}") @Max(value = 120,
					message = "{project.validation.age}") Integer maximumAge,
			Set<FocusGroupCode> focusGroups, Set<BenefitBasis> benefitBases, boolean requiresCityResidence,
			LanguageLevel minimumGermanLevel) {

		EligibilityRules toRules() {
			return new EligibilityRules(this.minimumAge, this.maximumAge, orEmpty(this.focusGroups),
					orEmpty(this.benefitBases), this.requiresCityResidence, this.minimumGermanLevel);
		}

		static EligibilityInput of(EligibilityRules rules) {
			return new EligibilityInput(rules.minimumAge(), rules.maximumAge(), rules.focusGroups(),
					rules.benefitBases(), rules.requiresCityResidence(), rules.minimumGermanLevel());
		}

	}

	/**
	 * Where the project's places are and what they are like, weighed by matching: a city
	 * district code, a KldB 2010 code of one to three digits and the daily hours; every
	 * part may be left out.
	 */
	record PlaceProfileInput(@Size(max = 10, message = "{project.validation.too-long}") String districtCode,
			@Size(max = 3, message = "{project.validation.too-long}") String occupationCode, LocalTime hoursFrom,
			LocalTime hoursUntil) {

		PlaceProfile toProfile() {
			return new PlaceProfile(this.districtCode, this.occupationCode, this.hoursFrom, this.hoursUntil);
		}

		static PlaceProfileInput of(PlaceProfile profile) {
			return new PlaceProfileInput(profile.districtCode(), profile.occupationCode(), profile.hoursFrom(),
					profile.hoursUntil());
		}

	}

	record PartnerInput(@NotNull(message = "{project.validation.partner}") UUID partnerOrganisationId,
			@NotNull(message = "{project.validation.partner}") PartnerRole role) {
	}

	record PeriodInput(@NotBlank(message = "{project.validation.period-label}") String label,
			@NotNull(message = "{project.validation.period-dates}") LocalDate startsOn,
			@NotNull(message = "{project.validation.period-dates}") LocalDate endsOn,
			@Min(value = 0, message = "{project.validation.places}") int places) {
	}

	record CapacityInput(@NotNull(message = "{project.validation.version}") Integer version,
			@NotNull(message = "{project.validation.places}") @Min(value = 0,
					message = "{project.validation.places}") Integer places,
			@NotNull(message = "{project.validation.effective-on}") LocalDate effectiveOn,
			@NotBlank(message = "{project.validation.reason}") @Size(max = 500,
					message = "{project.validation.too-long}") String reason) {
	}

	private static <T> Set<T> orEmpty(Set<T> values) {
		return (values != null) ? values : Set.of();
	}

	record ProjectResource(UUID id, int version, String name, String shortName, ProjectKind kind, ProjectStatus status,
			String description, UUID organisationalUnitId, String organisationalUnitName, UUID leadId, String leadName,
			LocalDate startsOn, LocalDate endsOn, String location, List<FocusGroupCode> targetFocusGroups,
			EligibilityInput eligibility, List<PartnerResource> partners, List<FundingResource> funding,
			List<String> strategyGoals, PlaceProfileInput placeProfile, List<PlacesResource> places) {

		static ProjectResource of(ProjectView view, PlaceProfileInput placeProfile) {
			var project = view.project();
			return new ProjectResource(project.id().id(), project.version(), project.name(), project.shortName(),
					project.kind(), project.status(), project.description(), project.organisationalUnitId(),
					(view.unit() != null) ? view.unit().name() : null, project.leadId(),
					(view.lead() != null) ? view.lead().displayName() : null, project.runningTime().start(),
					project.runningTime().end(), project.location(), project.targetFocusGroups(),
					EligibilityInput.of(project.eligibility()),
					view.partners()
						.stream()
						.map(partner -> new PartnerResource(partner.id(), partner.organisation().name(),
								partner.role()))
						.toList(),
					view.funding()
						.stream()
						.map(programme -> new FundingResource(programme.id(), programme.code(), programme.name()))
						.toList(),
					project.strategyGoals(), placeProfile, view.places().stream().map(PlacesResource::of).toList());
		}

	}

	record PartnerResource(UUID id, String name, PartnerRole role) {
	}

	record FundingResource(UUID id, String code, String name) {
	}

	record PlacesResource(UUID id, int version, String label, LocalDate startsOn, LocalDate endsOn, int places,
			int occupied, int free, int waiting, Integer changePercent, List<CapacityChangeResource> capacityChanges) {

		static PlacesResource of(ProjectView.Places places) {
			PlacePeriod period = places.period();
			return new PlacesResource(period.id(), period.version(), period.label(), period.startsOn(), period.endsOn(),
					period.places(), period.occupied(), period.free(), places.waiting(), places.changePercent(),
					places.changes().stream().map(CapacityChangeResource::of).toList());
		}

	}

	record CapacityChangeResource(int placesBefore, int placesAfter, Integer changePercent, LocalDate effectiveOn,
			String reason, Instant changedAt) {

		static CapacityChangeResource of(CapacityChange change) {
			return new CapacityChangeResource(change.placesBefore(), change.placesAfter(), change.changePercent(),
					change.effectiveOn(), change.reason(), change.changedAt());
		}

	}

}
