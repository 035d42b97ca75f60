package de.weitblick.participant.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation just issued, with its code in clear: the only moment the code exists
 * outside the letter or the mail, as only its hash is kept.
 *
 * @param id never null
 * @param channel never null
 * @param code the one-time code, grouped for reading, never null
 * @param expiresAt never null
 */
public record IssuedInvitation(UUID id, InvitationChannel channel, String code, Instant expiresAt) {

}
