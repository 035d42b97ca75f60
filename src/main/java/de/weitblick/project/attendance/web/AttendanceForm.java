package de.weitblick.project.attendance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.attendance.AttendanceEntry;
import de.weitblick.project.attendance.AttendanceSheet;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The bulk entry of one day or session: one row per person taking part that day.
 */
public class AttendanceForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private String label;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime startsAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime endsAt;

	private BigDecimal plannedHours;

	private Integer sessionVersion;

	private List<Row> rows = new ArrayList<>();

	/**
	 * The form as the sheet shows it; people not yet recorded on a day not yet recorded
	 * are entered as present, so that only the absences need changing.
	 */
	static AttendanceForm of(AttendanceSheet sheet, BigDecimal defaultHours) {
		AttendanceForm form = new AttendanceForm();
		form.day = sheet.day();
		form.label = sheet.label();
		boolean newSession = sheet.session() == null;
		if (!newSession) {
			form.startsAt = sheet.session().startsAt();
			form.endsAt = sheet.session().endsAt();
			form.plannedHours = sheet.session().plannedHours();
			form.sessionVersion = sheet.session().version();
		}
		else {
			form.plannedHours = defaultHours;
		}
		for (AttendanceSheet.Row row : sheet.rows()) {
			Row input = new Row();
			input.enrolmentId = row.enrolmentId().id();
			input.personName = row.personName();
			input.status = (row.status() != null) ? row.status() : (newSession ? AttendanceStatus.PRESENT : null);
			input.hours = row.hours();
			input.version = row.version();
			form.rows.add(input);
		}
		return form;
	}

	AttendanceEntry toEntry() {
		return new AttendanceEntry(this.day, this.label, this.startsAt, this.endsAt, this.plannedHours,
				this.sessionVersion,
				this.rows.stream()
					.filter(row -> row.enrolmentId != null)
					.map(row -> new AttendanceEntry.Person(new EnrolmentId(row.enrolmentId), row.status, row.hours,
							row.version))
					.toList());
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public BigDecimal getPlannedHours() {
		return this.plannedHours;
	}

	public void setPlannedHours(BigDecimal plannedHours) {
		this.plannedHours = plannedHours;
	}

	public Integer getSessionVersion() {
		return this.sessionVersion;
	}

	public void setSessionVersion(Integer sessionVersion) {
		this.sessionVersion = sessionVersion;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * One person's row.
	 */
	public static class Row {

		private UUID enrolmentId;

		private String personName;

		private AttendanceStatus status;

		private BigDecimal hours;

		private Integer version;

		public UUID getEnrolmentId() {
			return this.enrolmentId;
		}

		public void setEnrolmentId(UUID enrolmentId) {
			this.enrolmentId = enrolmentId;
		}

		public String getPersonName() {
			return this.personName;
		}

		public void setPersonName(String personName) {
			this.personName = personName;
		}

		public AttendanceStatus getStatus() {
			return this.status;
		}

		public void setStatus(AttendanceStatus status) {
			this.status = status;
		}

		public BigDecimal getHours() {
			return this.hours;
		}

		public void setHours(BigDecimal hours) {
			this.hours = hours;
		}

		public Integer getVersion() {
			return this.version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

	}

}
