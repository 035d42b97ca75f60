package de.weitblick.participant;

import java.util.List;

import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.privacy.AccessPurpose;

/**
 * A participant as the viewer may see them, with the focus groups they belong to today.
 * Pages and the API show only the sections of the {@code view}; the module loads no part
 * of the case file (plan, notes, documents, health data) outside it.
 *
 * @param participant never null
 * @param focusGroups each with its reason, never null; empty when the view does not show
 * them
 * @param consentToParentsOrigin whether the parents' origin may be recorded and the view
 * shows it
 * @param mayChange whether the viewer may change the case file
 * @param view how much of the case file the viewer sees, never null
 * @param grants why a viewer outside the responsible team sees the case, never null;
 * empty for the team
 * @param jobcenterReferrals the referral lists the person came through, with the
 * Jobcenter's customer numbers (more than one after two records were merged), never null;
 * empty when the view does not show the benefits section
 */
public record CaseFile(Participant participant, List<FocusGroupMembership> focusGroups, boolean consentToParentsOrigin,
		boolean mayChange, CaseView view, List<CaseGrant> grants, List<JobcenterReferral> jobcenterReferrals) {

	public CaseFile {
		focusGroups = List.copyOf(focusGroups);
		grants = List.copyOf(grants);
		jobcenterReferrals = List.copyOf(jobcenterReferrals);
	}

	/**
	 * @param asked the purpose the caller names
	 * @return the purpose a read of a part shown with this case file is audited with: a
	 * grant's own purpose, otherwise the one asked for
	 */
	public AccessPurpose purpose(AccessPurpose asked) {
		return this.grants.isEmpty() ? asked : this.grants.get(0).purpose();
	}

	/**
	 * For templates: whether the view shows a section.
	 * @param section the name of a {@link CaseSection}, must not be null
	 * @return whether it is shown
	 */
	public boolean shows(String section) {
		return this.view.shows(CaseSection.valueOf(section));
	}

}
