package de.weitblick.dialogue.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.focusgroup.FocusGroupCode;

/**
 * One edition as its page shows it: the plan, the tables, the minutes and, for the
 * moderators only, the invitations.
 *
 * @param id never null
 * @param version the version a change of the minutes must name
 * @param number the running number
 * @param title never null
 * @param heldOn never null
 * @param startsAt may be null
 * @param endsAt may be null
 * @param format never null
 * @param venue may be null for a digital edition
 * @param description may be null
 * @param registrationClosesOn may be null
 * @param agenda by time; never null
 * @param tables by focus group; never null
 * @param invitations by name; empty unless the moderators asked; never null
 * @param invited how many were invited
 * @param registered how many registered
 * @param attended how many took part
 * @param minutes may be null
 * @param minutesBy may be null
 * @param minutesAt may be null
 * @param attachments never null
 */
public record EditionDetails(UUID id, int version, int number, String title, LocalDate heldOn, LocalTime startsAt,
		LocalTime endsAt, DialogueFormat format, String venue, String description, LocalDate registrationClosesOn,
		List<AgendaItem> agenda, List<Table> tables, List<Invitation> invitations, int invited, int registered,
		int attended, String minutes, String minutesBy, Instant minutesAt, List<Attachment> attachments) {

	/**
	 * One item of the agenda.
	 */
	public record AgendaItem(UUID id, LocalTime startsAt, String title, String description) {

	}

	/**
	 * A table or workshop for one focus group.
	 *
	 * @param registered how many registered for it
	 */
	public record Table(UUID id, FocusGroupCode focusGroup, String title, String host, int registered) {

	}

	/**
	 * An invitation with its answer and attendance.
	 */
	public record Invitation(UUID id, int version, String name, String email, String organisation,
			InvitationStatus status, boolean attended, UUID tableId, Instant invitedAt, Instant remindedAt) {

	}

	/**
	 * A file attached to the minutes.
	 */
	public record Attachment(UUID id, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {

	}

}
