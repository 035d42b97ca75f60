package de.weitblick.recognition.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.weitblick.recognition.RecognitionDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that opens a recognition case; the gaps are typed one per line.
 */
class RecognitionForm {

	private UUID participantId;

	private String qualification;

	private String country;

	private String referenceOccupation;

	private String competentBody;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate noticeOn;

	private String gaps;

	RecognitionDraft toDraft() {
		return new RecognitionDraft(this.participantId, this.qualification, this.country, this.referenceOccupation,
				this.competentBody, this.noticeOn,
				(this.gaps != null) ? Arrays.asList(this.gaps.split("\\R")) : List.of());
	}

	public UUID getParticipantId() {
		return this.participantId;
	}

	public void setParticipantId(UUID participantId) {
		this.participantId = participantId;
	}

	public String getQualification() {
		return this.qualification;
	}

	public void setQualification(String qualification) {
		this.qualification = qualification;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getReferenceOccupation() {
		return this.referenceOccupation;
	}

	public void setReferenceOccupation(String referenceOccupation) {
		this.referenceOccupation = referenceOccupation;
	}

	public String getCompetentBody() {
		return this.competentBody;
	}

	public void setCompetentBody(String competentBody) {
		this.competentBody = competentBody;
	}

	public LocalDate getNoticeOn() {
		return this.noticeOn;
	}

	public void setNoticeOn(LocalDate noticeOn) {
		this.noticeOn = noticeOn;
	}

	public String getGaps() {
		return this.gaps;
	}

	public void setGaps(String gaps) {
		this.gaps = gaps;
	}

}
