package de.weitblick.publishing.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form that reports an accessibility barrier.
 */
public class FeedbackForm {

	@Size(max = 500, message = "{publishing.feedback.validation.page-too-long}")
	private String page;

	@NotBlank(message = "{publishing.feedback.validation.message}")
	@Size(max = 4000, message = "{publishing.feedback.validation.message-too-long}")
	private String message;

	@Email(message = "{publishing.feedback.validation.email}")
	@Size(max = 254, message = "{publishing.feedback.validation.email}")
	private String contactEmail;

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
