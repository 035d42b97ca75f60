package de.weitblick.dialogue.idea;

import java.util.UUID;

/**
 * An idea took a step in the pipeline; its authors and supporters are told.
 */
record IdeaMoved(UUID ideaId, String title, IdeaStatus from, IdeaStatus to) {

}
