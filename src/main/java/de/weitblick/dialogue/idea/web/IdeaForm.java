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
public class IdeaForm extends IdeaTextForm {

	private UUID editionId;

	private Set<FocusGroupCode> focusGroups = new LinkedHashSet<>();

	private Set<UUID> goalIds = new LinkedHashSet<>();

	private String shownName;

	private String website;

	private long shownAt;

	IdeaDraft toDraft() {
		return new IdeaDraft(this.editionId, getTitle(), getProblem(), getApproach(), getTargetGroup(), getPartners(),
				getRoughCostEuros(), (this.focusGroups != null) ? this.focusGroups : Set.of(), this.goalIds);
	}

	public UUID getEditionId() {
		return this.editionId;
	}

	public void setEditionId(UUID editionId) {
		this.editionId = editionId;
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
