package de.weitblick.dialogue.idea;

/**
 * Mail to members of the public, who have no inbox in Weitblick: confirmation links and
 * news of the ideas they wrote or support.
 */
interface PublicMail {

	/**
	 * @param address must not be null
	 * @param subject must not be null
	 * @param text plain text, must not be null
	 */
	void send(String address, String subject, String text);

}
