package de.weitblick.dialogue.idea.web;

import de.weitblick.dialogue.idea.Idea;
import de.weitblick.dialogue.idea.IdeaRevision;

/**
 * The form of a new version of an idea's text, filled with the present one.
 */
public class RevisionForm extends IdeaTextForm {

	private int version;

	private String note;

	static RevisionForm of(Idea idea) {
		RevisionForm form = new RevisionForm();
		form.version = idea.version();
		form.fill(idea.title(), idea.problem(), idea.approach(), idea.targetGroup(), idea.partners(),
				idea.roughCostEuros());
		return form;
	}

	IdeaRevision toRevision() {
		return new IdeaRevision(getTitle(), getProblem(), getApproach(), getTargetGroup(), getPartners(),
				getRoughCostEuros(), this.note);
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
