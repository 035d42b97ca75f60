package de.weitblick.participant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * How much of a case file a viewer sees (§ 35 SGB I, § 67c SGB X: only what the task
 * needs). The responsible team sees all of it; people who work with the person in a
 * project see the parts their work needs, granted by the module that knows the project
 * ({@link CaseAccessGrants}).
 */
public enum CaseView {

	// Declared from the widest view to the narrowest: widest() relies on the order.

	/**
	 * Vollständige Fallakte: the counsellors of the responsible team, who also change it.
	 */
	FULL(EnumSet.allOf(CaseSection.class)),

	/**
	 * Projektsicht: what running a project needs, read only. Not the counselling itself
	 * (notes, appointments), not the documents, not the parents' origin (kept only for
	 * the focus-group rules), not the participation history in other projects and not the
	 * subject-access report, which is the responsible team's duty. Health restrictions
	 * only with the viewer's own permission and the person's consent.
	 */
	PROJECT(EnumSet.of(CaseSection.PERSON, CaseSection.CONTACT, CaseSection.ORIGIN, CaseSection.LANGUAGES,
			CaseSection.HOUSEHOLD, CaseSection.FOCUS_GROUPS, CaseSection.BENEFITS, CaseSection.QUALIFICATIONS,
			CaseSection.OCCUPATION_INTERESTS, CaseSection.CONSTRAINTS, CaseSection.HEALTH, CaseSection.PLAN)),

	/**
	 * Arbeitssicht: what guiding the work in a workshop needs: name, how to reach the
	 * person, the languages to explain the work in and the times and ways the person can
	 * come. Never counselling notes, benefit basis, origin or health data.
	 */
	WORK(EnumSet.of(CaseSection.CONTACT, CaseSection.LANGUAGES, CaseSection.CONSTRAINTS));

	private final Set<CaseSection> sections;

	CaseView(Set<CaseSection> sections) {
		this.sections = Set.copyOf(sections);
	}

	/**
	 * @param section must not be null
	 * @return whether this view shows the section
	 */
	public boolean shows(CaseSection section) {
		return this.sections.contains(section);
	}

	/**
	 * @return the sections shown, never null
	 */
	public Set<CaseSection> sections() {
		return this.sections;
	}

	/**
	 * The view that shows the most of several that one viewer holds on one case, such as
	 * a lead of two projects the person is in.
	 * @param views must not be null or empty
	 * @return never null
	 */
	public static CaseView widest(Collection<CaseView> views) {
		return views.stream().min(Enum::compareTo).orElseThrow();
	}

	public String messageKey() {
		return "participant.view." + name();
	}

}
