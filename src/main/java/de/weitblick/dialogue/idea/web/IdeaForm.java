package de.weitblick.dialogue.idea.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.focusgroup.FocusGroupCode;

/**
 * The form of a new idea, with the two fields that keep machines out: a field people do
 * not see (a machine fills it) and the time the form was shown (a machine sends it back
 * at once).
 */
public class IdeaForm {

	private UUID editionId;

	private String title;

	private String problem;

	private String approach;

	private String targetGroup;

	private String partners;

	private Long roughCostEuros;

	private Set<FocusGroupCode> focusGroups = new LinkedHashSet<>();

	private Set<UUID> goalIds = new LinkedHashSet<>();

	private String shownName;

	private String website;

	private long shownAt;

	IdeaDraft toDraft() {
		return new IdeaDraft(this.editionId, this.title, this.problem, this.approach, this.targetGroup, this.partners,
				this.roughCostEuros, (this.focusGroups != null) ? this.focusGroups : Set.of(), this.goalIds);
	}

	public UUID getEditionId() {
		return this.editionId;
	}

	public void setEditionId(UUID editionId) {
		this.editionId = editionId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProblem() {
		return this.problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public String getApproach() {
		return this.approach;
	}

	public void setApproach(String approach) {
		this.approach = approach;
	}

	public String getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public String getPartners() {
		return this.partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public Long getRoughCostEuros() {
		return this.roughCostEuros;
	}

	public void setRoughCostEuros(Long roughCostEuros) {
		this.roughCostEuros = roughCostEuros;
	}

	public Set<FocusGroupCode> getFocusGroups() {
		return this.focusGroups;
	}

	public void setFocusGroups(Set<FocusGroupCode> focusGroups) {
		this.focusGroups = focusGroups;
	}

	public Set<UUID> getGoalIds() {
		return this.goalIds;
	}

	public void setGoalIds(Set<UUID> goalIds) {
		this.goalIds = goalIds;
	}

	public String getShownName() {
		return this.shownName;
	}

	public void setShownName(String shownName) {
		this.shownName = shownName;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public long getShownAt() {
		return this.shownAt;
	}

	public void setShownAt(long shownAt) {
		this.shownAt = shownAt;
	}

}
