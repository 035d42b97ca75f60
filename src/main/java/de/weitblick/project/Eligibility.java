package de.weitblick.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.project.enrolment.EligibilityPolicy;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether people may take part in a project by its eligibility rules, for another module
 * that proposes places (matching).
 */
@Service
@Transactional(readOnly = true)
public class Eligibility {

	private final ProjectRepository projects;

	Eligibility(ProjectRepository projects) {
		this.projects = projects;
	}

	/**
	 * Whether people may take part in a project on a day.
	 * @param id must not be null
	 * @param people must not be null
	 * @param day must not be null
	 * @return per person, every reason the person is not eligible, empty when eligible;
	 * never null
	 * @throws NotFound when there is no such project
	 */
	public Map<ParticipantId, List<RuleViolation.Reason>> reasonsAgainst(ProjectId id,
			Collection<ParticipantProfile> people, LocalDate day) {
		Project project = this.projects.findById(id.id()).orElseThrow(() -> new NotFound("project.not-found"));
		Map<ParticipantId, List<RuleViolation.Reason>> reasons = new HashMap<>();
		for (ParticipantProfile person : people) {
			reasons.put(person.id(), EligibilityPolicy.reasonsAgainst(project.eligibility(), person, day));
		}
		return reasons;
	}

}
