package de.weitblick.dialogue.idea.web;

import de.weitblick.dialogue.idea.Idea;
import de.weitblick.dialogue.idea.IdeaRevision;

/**
 * The form of a new version of an idea's text, filled with the present one.
 */
public class RevisionForm {

	private int version;

	private String title;

	private String problem;

	private String approach;

	private String targetGroup;

	private String partners;

	private Long roughCostEuros;

	private String note;

	static RevisionForm of(Idea idea) {
		RevisionForm form = new RevisionForm();
		form.version = idea.version();
		form.title = idea.title();
		form.problem = idea.problem();
		form.approach = idea.approach();
		form.targetGroup = idea.targetGroup();
		form.partners = idea.partners();
		form.roughCostEuros = idea.roughCostEuros();
		return form;
	}

	IdeaRevision toRevision() {
		return new IdeaRevision(this.title, this.problem, this.approach, this.targetGroup, this.partners,
				this.roughCostEuros, this.note);
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
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

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
