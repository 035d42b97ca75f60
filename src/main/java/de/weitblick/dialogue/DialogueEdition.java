package de.weitblick.dialogue;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One edition of the labour-market dialogue, such as the 3rd Kassel dialogue of 2022.
 *
 * @param id never null
 * @param version optimistic-lock version
 * @param number the edition's running number, positive
 * @param title never null
 * @param heldOn never null
 * @param format never null
 * @param venue may be null for a digital edition
 * @param description may be null
 */
@Table("dialogue_edition")
public record DialogueEdition(@Id UUID id, @Version Integer version, int number, String title, LocalDate heldOn,
		DialogueFormat format, String venue, String description) {

}
