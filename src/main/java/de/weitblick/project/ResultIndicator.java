package de.weitblick.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ESF Plus common result indicators for participants (Regulation (EU) 2021/1057,
 * Annex I), counted from the outcomes recorded in the project module. This is the one
 * place that decides which outcome counts for which indicator; reports and the project
 * page only count what it says.
 * <ul>
 * <li>"Upon leaving" is the outcome recorded with the exit; the 2014–2020 guidance reads
 * it as within four weeks of leaving, which is why the exit outcome may be recorded or
 * corrected after the exit.</li>
 * <li>An apprenticeship is employment subject to social insurance in Germany, but the
 * regulation counts it as education or training (EECR02), not as employment (EECR04): it
 * is counted once, as training.</li>
 * <li>None of the outcome kinds says that a person searches for work or gained a
 * qualification besides where they went, so both are recorded as separate yes/no facts
 * with the exit outcome; a recognised foreign qualification always counts as gained.</li>
 * <li>Employment includes self-employment ({@link OutcomeKind#SELF_EMPLOYMENT}), as the
 * indicators' names say.</li>
 * <li>Six months after leaving (EECR05) counts only follow-ups recorded; a person not
 * reached is not counted as employed.</li>
 * </ul>
 */
public enum ResultIndicator {

	/** Participants engaged in job searching upon leaving. */
	EECR01,

	/** Participants in education or training upon leaving. */
	EECR02,

	/** Participants gaining a qualification upon leaving. */
	EECR03,

	/** Participants in employment, including self-employment, upon leaving. */
	EECR04,

	/**
	 * Participants in employment, including self-employment, six months after leaving.
	 */
	EECR05;

	private static final Set<OutcomeKind> EMPLOYED = EnumSet.of(OutcomeKind.EMPLOYMENT, OutcomeKind.SELF_EMPLOYMENT);

	private static final Set<OutcomeKind> EDUCATION_OR_TRAINING = EnumSet.of(OutcomeKind.APPRENTICESHIP,
			OutcomeKind.SCHOOL, OutcomeKind.FURTHER_TRAINING);

	/**
	 * Whether a leaver counts for this indicator.
	 * @param exit the outcome on leaving, or null when none is recorded yet
	 * @param jobSearching whether the person was searching for work on leaving
	 * @param qualificationGained whether the person gained a qualification in the project
	 * @param followUp the status at the follow-up, or null when none is recorded yet
	 */
	public boolean counts(OutcomeKind exit, boolean jobSearching, boolean qualificationGained, OutcomeKind followUp) {
		return switch (this) {
			// A person who started work or training searches no more: counted only when
			// not in employment, education or training.
			case EECR01 ->
				jobSearching && exit != null && !EMPLOYED.contains(exit) && !EDUCATION_OR_TRAINING.contains(exit);
			case EECR02 -> exit != null && EDUCATION_OR_TRAINING.contains(exit);
			case EECR03 -> qualificationGained || exit == OutcomeKind.RECOGNITION_ACHIEVED;
			case EECR04 -> exit != null && EMPLOYED.contains(exit);
			case EECR05 -> followUp != null && EMPLOYED.contains(followUp);
		};
	}

	/**
	 * @return whether it is about the situation six months after leaving
	 */
	public boolean longerTerm() {
		return this == EECR05;
	}

	public String messageKey() {
		return "outcome.indicator." + name();
	}

}
