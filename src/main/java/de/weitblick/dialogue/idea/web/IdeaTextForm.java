package de.weitblick.dialogue.idea.web;

/**
 * The text of an idea as its forms take it: a new idea and a new version of one share it.
 */
public abstract class IdeaTextForm {

	private String title;

	private String problem;

	private String approach;

	private String targetGroup;

	private String partners;

	private Long roughCostEuros;

	/**
	 * Fills the text with that of an idea as it is.
	 */
	void fill(String title, String problem, String approach, String targetGroup, String partners, Long roughCostEuros) {
		this.title = title;
		this.problem = problem;
		this.approach = approach;
		this.targetGroup = targetGroup;
		this.partners = partners;
		this.roughCostEuros = roughCostEuros;
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

}
