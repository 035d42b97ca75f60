package de.weitblick.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.weitblick.participant.Catalogues;
import de.weitblick.participant.CityDistrict;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place profiles of projects (district, occupational field, daily hours), kept with
 * the project's description: checked before the description is saved and written with it.
 */
@Service
public class ProjectPlaceProfiles {

	private final JdbcClient jdbc;

	private final Catalogues catalogues;

	ProjectPlaceProfiles(JdbcClient jdbc, Catalogues catalogues) {
		this.jdbc = jdbc;
		this.catalogues = catalogues;
	}

	/**
	 * @return the project's profile, {@link PlaceProfile#NONE} when none is recorded
	 */
	@Transactional(readOnly = true)
	public PlaceProfile of(ProjectId id) {
		return this.jdbc.sql("SELECT * FROM project_place_profile WHERE project_id = :id")
			.param("id", id.id())
			.query((rs, n) -> profile(rs))
			.optional()
			.orElse(PlaceProfile.NONE);
	}

	/**
	 * @return the recorded profiles of all projects, by project
	 */
	@Transactional(readOnly = true)
	public Map<ProjectId, PlaceProfile> all() {
		Map<ProjectId, PlaceProfile> profiles = new HashMap<>();
		this.jdbc.sql("SELECT * FROM project_place_profile").query((rs, n) -> {
			profiles.put(new ProjectId(rs.getObject("project_id", java.util.UUID.class)), profile(rs));
			return null;
		}).list();
		return profiles;
	}

	/**
	 * @return the city's districts, to choose from
	 */
	public List<CityDistrict> districts() {
		return this.catalogues.districts();
	}

	/**
	 * @throws RuleViolation when the district is unknown, the code no KldB code of one to
	 * three digits, or only one end of the hours given or the end not after the start
	 */
	public void check(PlaceProfile profile) {
		String district = blankToNull(profile.districtCode());
		if (district != null && this.catalogues.districts().stream().noneMatch(d -> d.code().equals(district))) {
			throw new RuleViolation("districtCode", "project.rule.place-profile.district");
		}
		String code = blankToNull(profile.occupationCode());
		if (code != null && !code.matches("[0-9]{1,3}")) {
			throw new RuleViolation("occupationCode", "project.rule.place-profile.occupation");
		}
		if ((profile.hoursFrom() == null) != (profile.hoursUntil() == null)
				|| (profile.hasHours() && !profile.hoursFrom().isBefore(profile.hoursUntil()))) {
			throw new RuleViolation("hoursUntil", "project.rule.place-profile.hours");
		}
	}

	/**
	 * Writes the profile of a project whose description was just saved.
	 * @throws RuleViolation see {@link #check}
	 */
	@Transactional
	public void save(ProjectId id, PlaceProfile profile) {
		check(profile);
		this.jdbc.sql("""
				INSERT INTO project_place_profile (project_id, district_code, occupation_code, hours_from, hours_until)
				VALUES (:id, :district, :code, :from, :until)
				ON CONFLICT (project_id) DO UPDATE SET district_code = EXCLUDED.district_code,
				  occupation_code = EXCLUDED.occupation_code, hours_from = EXCLUDED.hours_from,
				  hours_until = EXCLUDED.hours_until
				""")
			.param("id", id.id())
			.param("district", blankToNull(profile.districtCode()))
			.param("code", blankToNull(profile.occupationCode()))
			.param("from", profile.hoursFrom())
			.param("until", profile.hoursUntil())
			.update();
	}

	private static PlaceProfile profile(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PlaceProfile(rs.getString("district_code"), rs.getString("occupation_code"),
				Optional.ofNullable(rs.getTime("hours_from")).map(java.sql.Time::toLocalTime).orElse(null),
				Optional.ofNullable(rs.getTime("hours_until")).map(java.sql.Time::toLocalTime).orElse(null));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
