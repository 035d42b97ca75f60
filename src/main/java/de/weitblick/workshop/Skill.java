package de.weitblick.workshop;

/**
 * An entry of the configurable catalogue of skills a person can gain in a workshop.
 *
 * @param code never null
 * @param nameGerman never null
 * @param nameEnglish never null
 * @param active whether it can still be recorded
 */
public record Skill(String code, String nameGerman, String nameEnglish, boolean active) {

	/**
	 * @param language the reader's language, such as "de" or "en"
	 * @return the name in that language (German for any other)
	 */
	public String name(String language) {
		return "en".equals(language) ? this.nameEnglish : this.nameGerman;
	}

}
