package de.weitblick.counselling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseloadAgenda;
import de.weitblick.participant.CaseloadAgendas;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.UnreadMessages;
import de.weitblick.placement.HireFollowUps;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.OpenEnrolments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the counsellor's start page for the day: one call, one decision on access (only
 * a counsellor, only the own active caseload), one entry in the audit trail naming
 * everybody the page shows.
 */
@Service
@Transactional
public class CounsellorDays {

	/** The office's time zone: a day's appointments are those of its calendar day. */
	static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");

	private final CaseloadAgendas agendas;

	private final OpenEnrolments enrolments;

	private final HireFollowUps followUps;

	private final ObjectProvider<UnreadMessages> unreadMessages;

	private final AuditTrail audit;

	CounsellorDays(CaseloadAgendas agendas, OpenEnrolments enrolments, HireFollowUps followUps,
			ObjectProvider<UnreadMessages> unreadMessages, AuditTrail audit) {
		this.agendas = agendas;
		this.enrolments = enrolments;
		this.followUps = followUps;
		this.unreadMessages = unreadMessages;
		this.audit = audit;
	}

	/**
	 * The viewer's day: today's appointments and those of the rest of the week (until
	 * Sunday), the steps due by then or overdue, what is new, the offers and the
	 * follow-ups.
	 * @param viewer must be a counsellor
	 * @param today the day to show
	 * @return never null
	 * @throws AccessDeniedException when the viewer keeps no caseload
	 */
	public CounsellorDay of(StaffMember viewer, LocalDate today) {
		LocalDate lastDay = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		CaseloadAgenda agenda = this.agendas.of(viewer, today, lastDay, OFFICE_TIME);
		Map<ParticipantId, String> caseload = agenda.caseload();
		List<CaseloadAgenda.AgendaAppointment> todays = new ArrayList<>();
		List<CaseloadAgenda.AgendaAppointment> later = new ArrayList<>();
		for (CaseloadAgenda.AgendaAppointment appointment : agenda.appointments()) {
			boolean isToday = appointment.startsAt().atZone(OFFICE_TIME).toLocalDate().equals(today);
			(isToday ? todays : later).add(appointment);
		}
		List<CaseloadAgenda.DueStep> overdue = agenda.steps().stream().filter(step -> step.isOverdue(today)).toList();
		List<CaseloadAgenda.DueStep> due = agenda.steps().stream().filter(step -> !step.isOverdue(today)).toList();
		List<CounsellorDay.Offer> offers = this.enrolments.of(caseload.keySet())
			.stream()
			.map(offer -> new CounsellorDay.Offer(offer.id().id(), offer.person(), caseload.get(offer.person()),
					offer.projectName(), offer.status().messageKey(), offer.status() == EnrolmentStatus.OFFERED,
					(offer.offeredOn() != null) ? offer.offeredOn() : offer.referredOn()))
			.toList();
		List<CounsellorDay.FollowUp> followUps = this.followUps.of(caseload.keySet(), lastDay)
			.stream()
			.map(followUp -> new CounsellorDay.FollowUp(followUp.person(), caseload.get(followUp.person()),
					followUp.employerName(), followUp.kindKey(), followUp.dueOn()))
			.toList();
		UnreadMessages messages = this.unreadMessages.getIfAvailable();
		List<CounsellorDay.Unread> unread = (messages != null) ? messages
			.unreadFromParticipants(caseload.keySet(), viewer)
			.entrySet()
			.stream()
			.filter(entry -> caseload.containsKey(entry.getKey()) && entry.getValue() > 0)
			.map(entry -> new CounsellorDay.Unread(entry.getKey(), caseload.get(entry.getKey()), entry.getValue()))
			.sorted(java.util.Comparator.comparing(CounsellorDay.Unread::name))
			.toList() : null;
		CounsellorDay day = new CounsellorDay(today, lastDay, caseload.size(), todays, later, overdue, due,
				agenda.newCases(), agenda.imports(), offers, followUps, unread);
		auditShown(day, agenda, viewer);
		return day;
	}

	/** One entry naming everybody the page shows. */
	private void auditShown(CounsellorDay day, CaseloadAgenda agenda, StaffMember viewer) {
		Set<UUID> shown = new LinkedHashSet<>();
		agenda.people().forEach(person -> shown.add(person.id()));
		day.offers().forEach(offer -> shown.add(offer.person().id()));
		day.followUps().forEach(followUp -> shown.add(followUp.person().id()));
		if (day.unreadMessages() != null) {
			day.unreadMessages().forEach(unread -> shown.add(unread.person().id()));
		}
		this.audit.recordList(new Actor(viewer.username(), viewer.role().name()), ParticipantManagement.SUBJECT_TYPE,
				shown, AccessPurpose.CASELOAD, AuditDetail.of("counselling.audit.day-shown", shown.size()));
	}

}
