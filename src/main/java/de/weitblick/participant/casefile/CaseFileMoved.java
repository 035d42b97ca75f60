package de.weitblick.participant.casefile;

import de.weitblick.participant.ParticipantId;

/**
 * A case file merged into another one the viewer may see: old links and bookmarks lead
 * there.
 *
 * @param survivor the record it lives on in, never null
 */
public record CaseFileMoved(ParticipantId survivor) implements CaseFileLookup {

}
