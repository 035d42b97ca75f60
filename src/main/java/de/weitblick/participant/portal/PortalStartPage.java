package de.weitblick.participant.portal;

/**
 * The start page of the own area: whom the person works with and what is new.
 *
 * @param bound whether the account is bound to a case file; when not, everything else is
 * empty
 * @param givenNames the person's given names, or null when not bound
 * @param counsellorName the responsible counsellor, or null
 * @param unreadMessages how many of the team's messages the person has not read
 */
public record PortalStartPage(boolean bound, String givenNames, String counsellorName, int unreadMessages) {

	static final PortalStartPage UNBOUND = new PortalStartPage(false, null, null, 0);

}
