package de.weitblick.counselling.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.counselling.CounsellorDay;
import de.weitblick.counselling.CounsellorDays;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.participant.CaseloadAgenda;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counsellor's day as JSON: the same read, access decision and audit entry as the
 * start page. States and kinds are given by their codes, not by the page's message keys,
 * so a client can translate them itself.
 */
@RestController
@RequestMapping("/api/v1/counselling")
@Tag(name = "Counsellor's day", description = "What the own caseload asks of today and of the rest of the week "
		+ "(Mein Tag); every call is audited once, naming everybody it shows")
class CounsellorDayRestController {

	private final CounsellorDays days;

	private final SignedInStaff signedIn;

	private final Clock clock;

	CounsellorDayRestController(CounsellorDays days, SignedInStaff signedIn, Clock clock) {
		this.days = days;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/today")
	@Operation(operationId = "getCounsellorDay",
			summary = "The signed-in counsellor's day: today's and this week's appointments, steps due or overdue, "
					+ "new people and imports, offers and waiting lists, follow-ups due and unread messages")
	@ApiResponse(responseCode = "200", description = "The day of the own active caseload")
	@ApiResponse(responseCode = "403", description = "The caller keeps no caseload (only counsellors have a day)")
	DayResponse today(Authentication authentication) {
		return DayResponse.of(this.days.of(this.signedIn.required(authentication), LocalDate.now(this.clock)));
	}

	/**
	 * The day; {@code unreadMessages} is null when Weitblick keeps no messages.
	 */
	record DayResponse(LocalDate today, LocalDate lastDay, int caseloadSize, List<AppointmentItem> appointmentsToday,
			List<AppointmentItem> appointmentsThisWeek, List<StepItem> overdueSteps, List<StepItem> dueSteps,
			List<NewCaseItem> newCases, List<ImportItem> imports, List<OfferItem> offers, List<FollowUpItem> followUps,
			List<UnreadItem> unreadMessages) {

		static DayResponse of(CounsellorDay day) {
			return new DayResponse(day.today(), day.lastDay(), day.caseloadSize(),
					day.appointmentsToday().stream().map(AppointmentItem::of).toList(),
					day.appointmentsThisWeek().stream().map(AppointmentItem::of).toList(),
					day.overdueSteps().stream().map(StepItem::of).toList(),
					day.dueSteps().stream().map(StepItem::of).toList(),
					day.newCases().stream().map(NewCaseItem::of).toList(),
					day.imports().stream().map(ImportItem::of).toList(),
					day.offers().stream().map(OfferItem::of).toList(),
					day.followUps().stream().map(FollowUpItem::of).toList(),
					(day.unreadMessages() != null) ? day.unreadMessages().stream().map(UnreadItem::of).toList() : null);
		}

	}

	/** An appointment; {@code kind} is IN_PERSON, PHONE, VIDEO… */
	record AppointmentItem(UUID participantId, String name, Instant startsAt, int minutes, String kind, String place) {

		static AppointmentItem of(CaseloadAgenda.AgendaAppointment appointment) {
			return new AppointmentItem(appointment.person().id(), appointment.name(), appointment.startsAt(),
					appointment.minutes(), code(appointment.kindKey()), appointment.place());
		}

	}

	/** An open step of a person's plan; {@code responsible} is who does it. */
	record StepItem(UUID participantId, String name, String goal, String description, String responsible,
			LocalDate dueOn) {

		static StepItem of(CaseloadAgenda.DueStep step) {
			return new StepItem(step.person().id(), step.name(), step.goal(), step.description(),
					code(step.responsibleKey()), step.dueOn());
		}

	}

	/** A person registered lately; {@code source} is who sent the person. */
	record NewCaseItem(UUID participantId, String name, LocalDate registeredOn, String source,
			boolean fromReferralList) {

		static NewCaseItem of(CaseloadAgenda.NewCase person) {
			return new NewCaseItem(person.person().id(), person.name(), person.registeredOn(), code(person.sourceKey()),
					person.fromReferralList());
		}

	}

	/** A referral list imported lately. */
	record ImportItem(UUID importId, String fileName, String status, Instant uploadedAt, int createdRows,
			int rowsToCheck) {

		static ImportItem of(CaseloadAgenda.ImportRun run) {
			return new ImportItem(run.id(), run.fileName(), code(run.statusKey()), run.uploadedAt(), run.createdRows(),
					run.rowsToCheck());
		}

	}

	/** A place offered to a person, or a waiting list the person is on. */
	record OfferItem(UUID enrolmentId, UUID participantId, String name, String project, String status, boolean offered,
			LocalDate since) {

		static OfferItem of(CounsellorDay.Offer offer) {
			return new OfferItem(offer.enrolment(), offer.person().id(), offer.name(), offer.project(),
					code(offer.statusKey()), offer.offered(), offer.since());
		}

	}

	/** A hire whose six-month follow-up is due; {@code kind} is the kind of offer. */
	record FollowUpItem(UUID participantId, String name, String employer, String kind, LocalDate dueOn) {

		static FollowUpItem of(CounsellorDay.FollowUp followUp) {
			return new FollowUpItem(followUp.person().id(), followUp.name(), followUp.employer(),
					code(followUp.kindKey()), followUp.dueOn());
		}

	}

	/** Messages from a person the counsellor has not read yet. */
	record UnreadItem(UUID participantId, String name, int count) {

		static UnreadItem of(CounsellorDay.Unread unread) {
			return new UnreadItem(unread.person().id(), unread.name(), unread.count());
		}

	}

	/**
	 * The code of a state or kind: the last part of its message key
	 * ({@code participant.appointment.kind.PHONE} → {@code PHONE}).
	 */
	private static String code(String messageKey) {
		return messageKey.substring(messageKey.lastIndexOf('.') + 1);
	}

}
