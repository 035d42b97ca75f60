package de.weitblick.participant.portal.documents.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form a person uploads a document of their own with.
 */
public class OwnDocumentForm {

	private String title;

	private MultipartFile file;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
