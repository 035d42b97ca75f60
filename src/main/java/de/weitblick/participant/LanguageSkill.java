package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A language a person speaks, with its level.
 *
 * @param languageCode ISO 639-1 code such as "de" or "uk", never null
 * @param level never null
 */
@Table("participant_language")
public record LanguageSkill(String languageCode, LanguageLevel level) {

}
