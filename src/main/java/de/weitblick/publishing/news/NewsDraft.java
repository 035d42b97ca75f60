package de.weitblick.publishing.news;

import java.time.LocalDate;

/**
 * What an editor writes: the text, the publication date and, optionally, a new image with
 * its description and its media credit.
 *
 * @param title never blank
 * @param lead never blank
 * @param body never blank
 * @param publishOn never null
 * @param image a new image, or null to keep the one there is
 * @param removeImage whether to remove the image there is
 */
public record NewsDraft(String title, String lead, String body, LocalDate publishOn, NewImage image,
		boolean removeImage) {

	/**
	 * @param bytes may be empty when no file was chosen
	 * @param contentType may be null
	 * @param alt the description for people who do not see it
	 * @param photographer required with an image
	 * @param licence required with an image
	 */
	public record NewImage(byte[] bytes, String contentType, String alt, String photographer, String licence) {

	}

}
