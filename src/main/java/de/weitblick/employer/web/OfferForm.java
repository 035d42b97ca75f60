package de.weitblick.employer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.Offer;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The offer form: what a person typed, turned into {@link OfferDetails}.
 */
public class OfferForm {

	private Integer version;

	@NotNull(message = "{employer.rule.offer.kind-required}")
	private OfferKind kind;

	@NotBlank(message = "{employer.rule.offer.title-required}")
	@Size(max = 200, message = "{employer.validation.too-long}")
	private String title;

	@NotNull(message = "{employer.rule.offer.field-required}")
	private OccupationalField field = OccupationalField.OTHER;

	@Size(max = 200, message = "{employer.validation.too-long}")
	private String occupation;

	@Size(max = 200, message = "{employer.validation.too-long}")
	private String competenceArea;

	@Min(value = 1, message = "{employer.rule.offer.module-weeks}")
	@Max(value = 52, message = "{employer.rule.offer.module-weeks}")
	private Integer weeks;

	@Size(max = 100, message = "{employer.validation.too-long}")
	private String trade;

	@NotNull(message = "{employer.rule.offer.starts-on-required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull(message = "{employer.validation.seats}")
	@Min(value = 1, message = "{employer.validation.seats}")
	@Max(value = 10000, message = "{employer.validation.seats}")
	private Integer seats;

	@Size(max = 4000, message = "{employer.validation.too-long}")
	private String requirements;

	static OfferForm of(Offer offer) {
		OfferForm form = new OfferForm();
		OfferDetails d = offer.details();
		form.version = offer.version();
		form.kind = d.kind();
		form.title = d.title();
		form.field = d.field();
		form.occupation = d.occupation();
		form.competenceArea = d.competenceArea();
		form.weeks = d.weeks();
		form.trade = d.trade();
		form.startsOn = d.startsOn();
		form.endsOn = d.endsOn();
		form.seats = d.seats();
		form.requirements = d.requirements();
		return form;
	}

	OfferDetails toDetails() {
		return new OfferDetails(this.kind, this.title, this.field, this.occupation, this.competenceArea, this.weeks,
				this.trade, this.startsOn, this.endsOn, (this.seats != null) ? this.seats : 0, this.requirements);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public OfferKind getKind() {
		return this.kind;
	}

	public void setKind(OfferKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public OccupationalField getField() {
		return this.field;
	}

	public void setField(OccupationalField field) {
		this.field = field;
	}

	public String getOccupation() {
		return this.occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getCompetenceArea() {
		return this.competenceArea;
	}

	public void setCompetenceArea(String competenceArea) {
		this.competenceArea = competenceArea;
	}

	public Integer getWeeks() {
		return this.weeks;
	}

	public void setWeeks(Integer weeks) {
		this.weeks = weeks;
	}

	public String getTrade() {
		return this.trade;
	}

	public void setTrade(String trade) {
		this.trade = trade;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public String getRequirements() {
		return this.requirements;
	}

	public void setRequirements(String requirements) {
		this.requirements = requirements;
	}

}
