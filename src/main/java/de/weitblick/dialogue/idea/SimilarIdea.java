package de.weitblick.dialogue.idea;

import java.util.UUID;

/**
 * An existing idea that reads like the one being written.
 *
 * @param id never null
 * @param title never null
 * @param editionTitle never null
 * @param status never null
 */
public record SimilarIdea(UUID id, String title, String editionTitle, IdeaStatus status) {

}
