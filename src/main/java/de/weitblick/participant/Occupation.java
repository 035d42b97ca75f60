package de.weitblick.participant;

/**
 * A position of the KldB 2010 with its German title.
 *
 * @param code one to three digits, never null
 * @param title the Federal Employment Agency's German title, never null
 */
public record Occupation(String code, String title) {

	/**
	 * @return how fine the position is: 1 occupational area (Berufsbereich), 2 main group
	 * (Berufshauptgruppe), 3 group (Berufsgruppe)
	 */
	public int level() {
		return this.code.length();
	}

	/**
	 * @return code and title as one line, as the selection offers them
	 */
	public String label() {
		return this.code + " " + this.title;
	}

	public String levelKey() {
		return "participant.occupation.level." + level();
	}

}
