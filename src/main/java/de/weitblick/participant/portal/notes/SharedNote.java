package de.weitblick.participant.portal.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * A counselling note the team shared with the person (visibility "auch die Person
 * selbst"), as the person sees it: when, written by whom in which role, and the text. The
 * author is named by the role only.
 *
 * @param id never null
 * @param writtenAt never null
 * @param authorRoleKey message key of the author's role in plain words, never null
 * @param text never blank
 */
public record SharedNote(UUID id, Instant writtenAt, String authorRoleKey, String text) {

}
