package de.weitblick.dialogue.idea;

/**
 * A new version of an idea's text, as its authors develop it further.
 *
 * @param title never blank
 * @param problem never blank
 * @param approach never blank
 * @param targetGroup may be null
 * @param partners may be null
 * @param roughCostEuros may be null
 * @param note what changed and why, in the author's words; may be null
 */
public record IdeaRevision(String title, String problem, String approach, String targetGroup, String partners,
		Long roughCostEuros, String note) {

	public static IdeaRevision of(Idea idea) {
		return new IdeaRevision(idea.title(), idea.problem(), idea.approach(), idea.targetGroup(), idea.partners(),
				idea.roughCostEuros(), null);
	}

}
