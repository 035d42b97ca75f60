package de.weitblick.participant.casefile.web;

import de.weitblick.participant.Qualification;
import de.weitblick.participant.QualificationLevel;
import de.weitblick.participant.RecognitionStatus;

/**
 * One row of the qualifications on the case file form; a row without a level is empty and
 * ignored.
 */
public class QualificationRow {

	private QualificationLevel level;

	private String title;

	private Integer yearObtained;

	private String countryCode = Qualification.GERMANY;

	private String originalTitle;

	private RecognitionStatus recognition;

	private String referenceOccupation;

	static QualificationRow of(Qualification qualification) {
		QualificationRow row = new QualificationRow();
		row.level = qualification.level();
		row.title = qualification.title();
		row.yearObtained = qualification.yearObtained();
		row.countryCode = qualification.countryCode();
		row.originalTitle = qualification.originalTitle();
		row.recognition = qualification.recognition();
		row.referenceOccupation = qualification.referenceOccupation();
		return row;
	}

	boolean isEmpty() {
		return this.level == null && isBlank(this.title) && this.yearObtained == null && isBlank(this.originalTitle)
				&& this.recognition == null && isBlank(this.referenceOccupation);
	}

	Qualification toQualification() {
		return new Qualification(this.level, this.title, this.yearObtained, this.countryCode, this.originalTitle,
				this.recognition, this.referenceOccupation);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public QualificationLevel getLevel() {
		return this.level;
	}

	public void setLevel(QualificationLevel level) {
		this.level = level;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getYearObtained() {
		return this.yearObtained;
	}

	public void setYearObtained(Integer yearObtained) {
		this.yearObtained = yearObtained;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getOriginalTitle() {
		return this.originalTitle;
	}

	public void setOriginalTitle(String originalTitle) {
		this.originalTitle = originalTitle;
	}

	public RecognitionStatus getRecognition() {
		return this.recognition;
	}

	public void setRecognition(RecognitionStatus recognition) {
		this.recognition = recognition;
	}

	public String getReferenceOccupation() {
		return this.referenceOccupation;
	}

	public void setReferenceOccupation(String referenceOccupation) {
		this.referenceOccupation = referenceOccupation;
	}

}
