package de.weitblick.dialogue;

import java.util.UUID;

/**
 * An approved idea of the dialogue became a project; the project side may link back.
 *
 * @param ideaId never null
 * @param projectId the project set up for it, never null
 */
public record IdeaImplemented(UUID ideaId, UUID projectId) {

}
