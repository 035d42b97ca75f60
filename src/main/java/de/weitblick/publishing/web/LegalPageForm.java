package de.weitblick.publishing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.publishing.LegalPage;

/**
 * The form that edits a legal page's text in both languages.
 */
public class LegalPageForm {

	@NotNull(message = "{publishing.legal.validation.version}")
	private Integer version;

	@NotBlank(message = "{publishing.legal.validation.text}")
	@Size(max = 50000, message = "{publishing.legal.validation.too-long}")
	private String textGerman;

	@NotBlank(message = "{publishing.legal.validation.text}")
	@Size(max = 50000, message = "{publishing.legal.validation.too-long}")
	private String textEnglish;

	static LegalPageForm of(LegalPage page) {
		LegalPageForm form = new LegalPageForm();
		form.version = page.version();
		form.textGerman = page.textGerman();
		form.textEnglish = page.textEnglish();
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTextGerman() {
		return this.textGerman;
	}

	public void setTextGerman(String textGerman) {
		this.textGerman = textGerman;
	}

	public String getTextEnglish() {
		return this.textEnglish;
	}

	public void setTextEnglish(String textEnglish) {
		this.textEnglish = textEnglish;
	}

}
