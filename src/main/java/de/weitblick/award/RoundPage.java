package de.weitblick.award;

import java.util.List;

/**
 * Everything the page of one award round shows to one viewer, decided in one read.
 *
 * @param round never null
 * @param criteria in order, never null
 * @param jurors never null
 * @param nominations the nominations the viewer may see, never null
 * @param ranking the ranking, empty where the viewer may not see it yet; never null
 * @param rankingVisible whether the viewer may see the ranking: those who run the award
 * without being jurors, and jurors who have scored every nomination
 * @param mayManage whether the viewer runs the award (criteria, jury, closing, winners)
 * @param mayNominate whether the viewer may nominate while nominations are open
 * @param juror whether the viewer is a member of the jury
 * @param suggestions employers the engagement record suggests and nobody nominated yet,
 * never null
 */
public record RoundPage(AwardRound round, List<Criterion> criteria, List<Juror> jurors, List<Nomination> nominations,
		List<RankedNomination> ranking, boolean rankingVisible, boolean mayManage, boolean mayNominate, boolean juror,
		List<EngagementSuggestion> suggestions) {

	public RoundPage {
		criteria = List.copyOf(criteria);
		jurors = List.copyOf(jurors);
		nominations = List.copyOf(nominations);
		ranking = List.copyOf(ranking);
		suggestions = List.copyOf(suggestions);
	}

}
