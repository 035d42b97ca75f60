package de.weitblick.publishing.news.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.publishing.news.NewsArticle;
import de.weitblick.publishing.news.NewsDraft;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form of a news article with its image and the image's credit.
 */
public class NewsForm {

	private Integer version;

	@NotBlank(message = "{news.rule.required}")
	@Size(max = 200, message = "{news.validation.too-long}")
	private String title;

	@NotBlank(message = "{news.rule.required}")
	@Size(max = 1000, message = "{news.validation.too-long}")
	private String lead;

	@NotBlank(message = "{news.rule.required}")
	@Size(max = 20000, message = "{news.validation.too-long}")
	private String body;

	@NotNull(message = "{news.rule.publish-on-required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishOn;

	private MultipartFile image;

	@Size(max = 300, message = "{news.validation.too-long}")
	private String imageAlt;

	@Size(max = 200, message = "{news.validation.too-long}")
	private String imagePhotographer;

	@Size(max = 200, message = "{news.validation.too-long}")
	private String imageLicence;

	private boolean removeImage;

	static NewsForm of(NewsArticle article) {
		NewsForm form = new NewsForm();
		form.version = article.version();
		form.title = article.title();
		form.lead = article.lead();
		form.body = article.body();
		form.publishOn = article.publishOn();
		if (article.image() != null) {
			form.imageAlt = article.image().alt();
			form.imagePhotographer = article.image().photographer();
			form.imageLicence = article.image().licence();
		}
		return form;
	}

	NewsDraft toDraft() throws IOException {
		byte[] bytes = (this.image != null && !this.image.isEmpty()) ? this.image.getBytes() : new byte[0];
		String type = (this.image != null) ? this.image.getContentType() : null;
		boolean credited = bytes.length > 0 || this.imageAlt != null || this.imagePhotographer != null
				|| this.imageLicence != null;
		return new NewsDraft(this.title, this.lead, this.body, this.publishOn, credited
				? new NewsDraft.NewImage(bytes, type, this.imageAlt, this.imagePhotographer, this.imageLicence) : null,
				this.removeImage);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getPublishOn() {
		return this.publishOn;
	}

	public void setPublishOn(LocalDate publishOn) {
		this.publishOn = publishOn;
	}

	public MultipartFile getImage() {
		return this.image;
	}

	public void setImage(MultipartFile image) {
		this.image = image;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = (imageAlt == null || imageAlt.isBlank()) ? null : imageAlt;
	}

	public String getImagePhotographer() {
		return this.imagePhotographer;
	}

	public void setImagePhotographer(String imagePhotographer) {
		this.imagePhotographer = (imagePhotographer == null || imagePhotographer.isBlank()) ? null : imagePhotographer;
	}

	public String getImageLicence() {
		return this.imageLicence;
	}

	public void setImageLicence(String imageLicence) {
		this.imageLicence = (imageLicence == null || imageLicence.isBlank()) ? null : imageLicence;
	}

	public boolean isRemoveImage() {
		return this.removeImage;
	}

	public void setRemoveImage(boolean removeImage) {
		this.removeImage = removeImage;
	}

}
