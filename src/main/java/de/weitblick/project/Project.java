package de.weitblick.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.Period;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project of the office with limited places, such as InMigra or Handwerk live: the
 * aggregate root for its partners, target focus groups, funding and places per period.
 */
@Table("project")
public class Project {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final String name;

	private final String shortName;

	private final ProjectKind kind;

	private final ProjectStatus status;

	private final String description;

	private final UUID organisationalUnitId;

	private final LocalDate startsOn;

	private final LocalDate endsOn;

	private final String location;

	@MappedCollection(idColumn = "project_id")
	private final Set<ProjectPartnership> partnerships;

	@MappedCollection(idColumn = "project_id")
	private final Set<TargetFocusGroup> targetFocusGroups;

	@MappedCollection(idColumn = "project_id")
	private final Set<FundingReference> funding;

	@MappedCollection(idColumn = "project_id")
	private final Set<PlacePeriod> placePeriods;

	Project(UUID id, Integer version, String name, String shortName, ProjectKind kind, ProjectStatus status,
			String description, UUID organisationalUnitId, LocalDate startsOn, LocalDate endsOn, String location,
			Set<ProjectPartnership> partnerships, Set<TargetFocusGroup> targetFocusGroups,
			Set<FundingReference> funding, Set<PlacePeriod> placePeriods) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.status = status;
		this.description = description;
		this.organisationalUnitId = organisationalUnitId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.location = location;
		this.partnerships = Set.copyOf(partnerships);
		this.targetFocusGroups = Set.copyOf(targetFocusGroups);
		this.funding = Set.copyOf(funding);
		this.placePeriods = Set.copyOf(placePeriods);
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
	 * @return never null
	 */
	public Set<FundingReference> funding() {
		return this.funding;
	}

	/**
	 * @return the periods in calendar order, never null
	 */
	public List<PlacePeriod> placePeriods() {
		return this.placePeriods.stream().sorted(Comparator.comparing(PlacePeriod::startsOn)).toList();
	}

	/**
	 * The places on a given day.
	 * @param day must not be null
	 * @return the period that contains the day, or empty when no places are planned then
	 */
	public Optional<PlacePeriod> placesOn(LocalDate day) {
		return this.placePeriods.stream().filter(period -> period.period().contains(day)).findFirst();
	}

}
