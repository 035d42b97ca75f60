package de.weitblick.reporting.exports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantListItem;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantPage;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditDetails;
import de.weitblick.privacy.AuditSearch;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectSummary;
import de.weitblick.project.attendance.AttendanceSheet;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.reporting.ExportedList;
import de.weitblick.shared.Formats;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rows of each exported list, read through the list query of the module that owns it
 * (the same query its page uses, with the same filters and the same rule of who sees
 * what): the participant module's case file search, the project module's projects,
 * enrolments, waiting lists and attendance sheets, the privacy module's audit trail.
 * Nothing here reads another module's tables.
 */
@Component
public class ListTables {

	/** The longest period of attendance one export covers. */
	static final int MOST_ATTENDANCE_DAYS = 366;

	private final ParticipantFinder participants;

	private final ParticipantManagement participantManagement;

	private final ProjectManagement projects;

	private final EnrolmentLists enrolments;

	private final Attendances attendances;

	private final AuditTrail audit;

	private final AuditDetails auditDetails;

	private final MessageSource messages;

	ListTables(ParticipantFinder participants, ParticipantManagement participantManagement, ProjectManagement projects,
			EnrolmentLists enrolments, Attendances attendances, AuditTrail audit, AuditDetails auditDetails,
			MessageSource messages) {
		this.participants = participants;
		this.participantManagement = participantManagement;
		this.projects = projects;
		this.enrolments = enrolments;
		this.attendances = attendances;
		this.audit = audit;
		this.auditDetails = auditDetails;
		this.messages = messages;
	}

	/**
	 * Checks the filters of an export before it is queued.
	 * @throws RuleViolation naming the first filter that cannot be read
	 */
	public void check(ExportedList list, Map<String, String> filters) {
		Filters read = new Filters(filters);
		switch (list) {
			case CASELOAD -> {
				read.day("birthDate");
				read.value("focusGroup", FocusGroupCode.class);
				read.id("counsellor");
				read.value("status", ParticipantStatus.class);
				read.value("sort", ParticipantSearch.SortOrder.class);
			}
			case WAITING_LIST -> read.id("project");
			case ATTENDANCE -> attendancePeriod(read);
			case AUDIT_TRAIL -> auditSearch(read);
			default -> {
			}
		}
	}

	/**
	 * Reads the rows of a list as the viewer may see them.
	 * @param most the most rows to read
	 * @param progress takes the percent read so far
	 * @return never null
	 * @throws RuleViolation when the viewer may not see the list
	 */
	public Table table(ExportedList list, Map<String, String> filters, StaffMember viewer, Locale locale, int most,
			IntConsumer progress) {
		Filters read = new Filters(filters);
		Texts texts = new Texts(locale);
		return switch (list) {
			case CASELOAD -> caseload(read, viewer, texts, most, progress);
			case PROJECTS -> projects(texts);
			case ENROLMENTS -> enrolments(read.flag("activeOnly", true), viewer, texts, false, null);
			case WAITING_LIST -> enrolments(true, viewer, texts, true, read.id("project"));
			case ATTENDANCE -> attendance(read, viewer, texts, progress);
			case AUDIT_TRAIL -> auditTrail(read, viewer, texts, most);
		};
	}

	/**
	 * The participants page's list: a counsellor without any criterion gets the own
	 * active caseload, with criteria the team's search; a project lead or instructor the
	 * people of their projects, searched by name only.
	 */
	private Table caseload(Filters read, StaffMember viewer, Texts texts, int most, IntConsumer progress) {
		ParticipantSearch first;
		AccessPurpose purpose;
		String name = read.text("name");
		if (viewer.role() != Role.COUNSELLOR) {
			first = new ParticipantSearch(name, null, null, null, null, null, null, false, 0,
					ParticipantSearch.MAXIMUM_SIZE);
			purpose = (name == null) ? AccessPurpose.CASELOAD : AccessPurpose.SEARCH;
		}
		else {
			LocalDate birthDate = read.day("birthDate");
			FocusGroupCode focusGroup = read.value("focusGroup", FocusGroupCode.class);
			UUID counsellor = read.id("counsellor");
			ParticipantStatus status = read.value("status", ParticipantStatus.class);
			String district = read.text("district");
			boolean noCriteria = name == null && birthDate == null && focusGroup == null && counsellor == null
					&& status == null && district == null;
			first = new ParticipantSearch(name, birthDate, focusGroup, noCriteria ? viewer.id() : counsellor,
					noCriteria ? ParticipantStatus.ACTIVE : status, district,
					read.value("sort", ParticipantSearch.SortOrder.class), read.flag("descending", false), 0,
					ParticipantSearch.MAXIMUM_SIZE);
			purpose = noCriteria ? AccessPurpose.CASELOAD : AccessPurpose.SEARCH;
		}
		Map<UUID, String> counsellors = this.participantManagement.counsellorsOfTeam(viewer)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
		Table table = Table.of(texts.get("reporting.export.list.CASELOAD"),
				texts.all("participant.family-name", "participant.given-names", "participant.birth-date",
						"participant.district", "participant.focus-groups", "participant.counsellor",
						"participant.status"));
		ParticipantSearch search = first;
		int rows = 0;
		while (true) {
			ParticipantPage page = this.participants.search(search, viewer, purpose);
			for (ParticipantListItem item : page.items()) {
				if (rows++ >= most) {
					return table;
				}
				table.add(item.familyName(), item.givenNames(), item.birthDate(), item.districtName(),
						item.focusGroups()
							.stream()
							.map(group -> texts.get(group.messageKey()))
							.collect(Collectors.joining(", ")),
						(item.counsellorId() != null) ? counsellors.get(item.counsellorId()) : null,
						texts.get(item.status().messageKey()));
			}
			progress.accept((int) (10 + 60L * rows / Math.max(1, Math.min(most, page.total()))));
			if (page.items().size() < search.size() || (long) (search.page() + 1) * search.size() >= page.total()) {
				return table;
			}
			search = new ParticipantSearch(search.name(), search.birthDate(), search.focusGroup(),
					search.counsellorId(), search.status(), search.districtCode(), search.sort(), search.descending(),
					search.page() + 1, search.size());
		}
	}

	private Table projects(Texts texts) {
		Table table = Table.of(texts.get("reporting.export.list.PROJECTS"), texts.all("project.name", "project.kind",
				"project.status", "project.target-focus-groups", "project.current-places"));
		for (ProjectSummary project : this.projects.projects()) {
			table.add(project.name(), texts.get(project.kind().messageKey()), texts.get(project.status().messageKey()),
					project.targetFocusGroups()
						.stream()
						.map(group -> texts.get(group.messageKey()))
						.collect(Collectors.joining(", ")),
					project.currentPlaces());
		}
		return table;
	}

	/**
	 * The enrolments page's list; the waiting list is its people waiting for a place,
	 * with their position and the points of their priority.
	 */
	private Table enrolments(boolean activeOnly, StaffMember viewer, Texts texts, boolean waitingOnly, UUID project) {
		Table table = waitingOnly ? Table.of(texts.get("reporting.export.list.WAITING_LIST"),
				texts.all("enrolment.person", "enrolment.project", "project.places.period", "enrolment.referred-on",
						"enrolment.position", "reporting.export.column.points", "reporting.export.column.weeks-waited"))
				: Table.of(texts.get("reporting.export.list.ENROLMENTS"),
						texts.all("enrolment.person", "enrolment.project", "project.places.period", "enrolment.status",
								"enrolment.referred-on", "enrolment.position"));
		for (EnrolmentView view : this.enrolments.visibleTo(viewer, activeOnly)) {
			if (waitingOnly && (view.enrolment().status() != EnrolmentStatus.WAITING
					|| (project != null && !view.enrolment().projectId().id().equals(project)))) {
				continue;
			}
			String person = view.showsPerson() ? view.personName()
					: texts.get("enrolment.person.reference", view.enrolment().participantId());
			if (waitingOnly) {
				table.add(person, view.projectName(), view.periodLabel(), view.enrolment().referredOn(),
						view.position(), (view.priority() != null) ? view.priority().points() : null,
						(view.priority() != null) ? view.priority().weeksWaited() : null);
			}
			else {
				table.add(person, view.projectName(), view.periodLabel(),
						texts.get(view.enrolment().status().messageKey()), view.enrolment().referredOn(),
						view.position());
			}
		}
		return table;
	}

	/**
	 * The attendance sheets of a project, one per day of the period.
	 */
	private Table attendance(Filters read, StaffMember viewer, Texts texts, IntConsumer progress) {
		UUID project = read.id("project");
		LocalDate[] period = attendancePeriod(read);
		Table table = Table.of(texts.get("reporting.export.list.ATTENDANCE"),
				texts.all("reporting.export.column.day", "enrolment.person", "attendance.status", "attendance.hours"));
		long days = period[1].toEpochDay() - period[0].toEpochDay() + 1;
		for (LocalDate day = period[0]; !day.isAfter(period[1]); day = day.plusDays(1)) {
			AttendanceSheet sheet = this.attendances.sheet(new ProjectId(project), day, read.text("label"), viewer);
			for (AttendanceSheet.Row row : sheet.rows()) {
				if (row.status() != null) {
					table.add(day, row.personName(), texts.get(row.status().messageKey()), row.hours());
				}
			}
			progress.accept((int) (10 + 60 * (day.toEpochDay() - period[0].toEpochDay() + 1) / days));
		}
		return table;
	}

	private static LocalDate[] attendancePeriod(Filters read) {
		if (read.id("project") == null) {
			throw new RuleViolation("project", "reporting.export.rule.project-missing");
		}
		LocalDate from = read.day("from");
		LocalDate to = read.day("to");
		if (from == null || to == null || to.isBefore(from)) {
			throw new RuleViolation("to", "reporting.rule.period");
		}
		if (to.toEpochDay() - from.toEpochDay() >= MOST_ATTENDANCE_DAYS) {
			throw new RuleViolation("to", "reporting.export.rule.period-too-long", MOST_ATTENDANCE_DAYS);
		}
		return new LocalDate[] { from, to };
	}

	/**
	 * The audit trail as the data protection officer's page searches it; the trail
	 * records the export itself.
	 */
	private Table auditTrail(Filters read, StaffMember viewer, Texts texts, int most) {
		Table table = Table.of(texts.get("reporting.export.list.AUDIT_TRAIL"),
				texts.all("privacy.audit.when", "privacy.audit.actor", "privacy.audit.role", "privacy.audit.action",
						"privacy.audit.record", "privacy.audit.identifier", "privacy.audit.people",
						"privacy.audit.purpose", "privacy.audit.detail"));
		Formats formats = Formats.of(texts.locale());
		this.audit.exportAs(new Actor(viewer.username(), viewer.role().name()), auditSearch(read), entry -> {
			if (table.rows().size() < most) {
				table.add(formats.dateTimeWithSeconds(entry.occurredAt()), entry.actor(),
						(entry.actorRole() != null) ? texts.get("organisation.role." + entry.actorRole()) : null,
						texts.get(entry.action().messageKey()), this.auditDetails.subjectType(entry, texts.locale()),
						(entry.subjectId() != null) ? entry.subjectId().toString() : null,
						entry.subjectIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
						texts.get(entry.purpose().messageKey()), this.auditDetails.describe(entry, texts.locale()));
			}
		});
		return table;
	}

	private static AuditSearch auditSearch(Filters read) {
		LocalDate from = read.day("from");
		LocalDate to = read.day("to");
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "privacy.audit.period.order");
		}
		String actor = read.text("actor");
		if (actor != null && actor.length() > 100) {
			throw new RuleViolation("actor", "privacy.audit.actor.too-long");
		}
		return new AuditSearch(actor, read.id("subject"), from, to, 0, AuditSearch.DEFAULT_SIZE);
	}

	/**
	 * The filters of an export as the page sent them: blank means not set.
	 */
	private record Filters(Map<String, String> values) {

		String text(String name) {
			String value = this.values.get(name);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		UUID id(String name) {
			String value = text(name);
			try {
				return (value != null) ? UUID.fromString(value) : null;
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation(name, "reporting.export.rule.filter", name);
			}
		}

		LocalDate day(String name) {
			String value = text(name);
			try {
				return (value != null) ? LocalDate.parse(value) : null;
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation(name, "reporting.export.rule.filter", name);
			}
		}

		<E extends Enum<E>> E value(String name, Class<E> type) {
			String value = text(name);
			try {
				return (value != null) ? Enum.valueOf(type, value) : null;
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation(name, "reporting.export.rule.filter", name);
			}
		}

		boolean flag(String name, boolean otherwise) {
			String value = text(name);
			return (value != null) ? Boolean.parseBoolean(value) : otherwise;
		}

	}

	/**
	 * The texts of one language.
	 */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		Locale locale() {
			return this.locale;
		}

		String get(String key, Object... arguments) {
			return ListTables.this.messages.getMessage(key, arguments, key, this.locale);
		}

		List<String> all(String... keys) {
			return java.util.Arrays.stream(keys).map(this::get).toList();
		}

	}

}
