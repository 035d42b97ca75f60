package de.weitblick.privacy.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.weitblick.organisation.Role;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditDetails;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditSearch;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.DataSubjectLookup;
import de.weitblick.privacy.RetentionRuns;
import de.weitblick.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for the data protection officer and administrators: search by person,
 * member of staff and period, page by page, and export as CSV; the data protection
 * officer also finds a person by name and date of birth. Every search, look-up and export
 * is itself recorded. There is deliberately no way to change the trail.
 */
@Controller
class AuditTrailController {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final AuditTrail audit;

	private final AuditDetails details;

	private final DataSubjectLookup people;

	private final RetentionRuns retentionRuns;

	private final MessageSource messages;

	private final Clock clock;

	AuditTrailController(AuditTrail audit, AuditDetails details, DataSubjectLookup people, RetentionRuns retentionRuns,
			MessageSource messages, Clock clock) {
		this.audit = audit;
		this.details = details;
		this.people = people;
		this.retentionRuns = retentionRuns;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") String page, @RequestParam(required = false) String name,
			@RequestParam(required = false) String birthDate, Authentication authentication, Model model) {
		Criteria criteria = Criteria.of(actor, subject, from, to, page);
		Actor searcher = searcher(authentication);
		boolean mayLookUpPeople = Role.DATA_PROTECTION_OFFICER.name().equals(searcher.role());
		List<FieldMessage> errors = new ArrayList<>(criteria.errors());
		if (mayLookUpPeople && (name != null || birthDate != null)) {
			LocalDate born = day(birthDate);
			if (name == null || name.isBlank()) {
				errors.add(new FieldMessage("name", "privacy.lookup.name.required"));
			}
			if (born == null) {
				errors.add(new FieldMessage("birthDate", (birthDate == null || birthDate.isBlank())
						? "privacy.lookup.birth-date.required" : "privacy.lookup.birth-date.invalid"));
			}
			else if (born.isAfter(LocalDate.now(this.clock))) {
				errors.add(new FieldMessage("birthDate", "privacy.lookup.birth-date.future"));
			}
			if (errors.stream().noneMatch(error -> error.field().equals("name") || error.field().equals("birthDate"))) {
				model.addAttribute("people", this.people.findAs(searcher, name, born));
			}
		}
		if (criteria.isValid()) {
			model.addAttribute("result", this.audit.searchAs(searcher, criteria.search()));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors",
				errors.stream().collect(Collectors.toMap(FieldMessage::field, FieldMessage::key, (a, b) -> a)));
		model.addAttribute("mayLookUpPeople", mayLookUpPeople);
		model.addAttribute("name", name);
		model.addAttribute("birthDate", birthDate);
		model.addAttribute("actor", actor);
		model.addAttribute("subject", subject);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("details", this.details);
		model.addAttribute("zone", BERLIN);
		model.addAttribute("retentionRuns", this.retentionRuns.recent(10));
		return "privacy/audit";
	}

	@GetMapping("/audit/export")
	String export(@RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Authentication authentication, Locale locale, HttpServletResponse response) throws IOException {
		Criteria criteria = Criteria.of(actor, subject, from, to, "0");
		if (!criteria.isValid()) {
			// The page says what is wrong with the criteria.
			return "redirect:" + UriComponentsBuilder.fromPath("/audit")
				.queryParamIfPresent("actor", java.util.Optional.ofNullable(actor))
				.queryParamIfPresent("subject", java.util.Optional.ofNullable(subject))
				.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
				.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
				.encode()
				.toUriString();
		}
		String fileName = message("privacy.export.file-name", locale) + "-" + LocalDate.now(this.clock.withZone(BERLIN))
				+ ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer);
		printer.printRecord(message("privacy.audit.when", locale), message("privacy.audit.actor", locale),
				message("privacy.audit.role", locale), message("privacy.audit.action", locale),
				message("privacy.audit.record", locale), message("privacy.audit.identifier", locale),
				message("privacy.audit.people", locale), message("privacy.audit.purpose", locale),
				message("privacy.audit.detail", locale));
		this.audit.exportAs(searcher(authentication), criteria.search(), entry -> print(printer, entry, locale));
		printer.flush();
		return null;
	}

	private void print(CSVPrinter printer, AuditEntry entry, Locale locale) {
		try {
			printer.printRecord(Formats.of(locale).dateTimeWithSeconds(entry.occurredAt()), cell(entry.actor()),
					(entry.actorRole() != null) ? this.messages.getMessage("organisation.role." + entry.actorRole(),
							null, entry.actorRole(), locale) : "",
					message(entry.action().messageKey(), locale), this.details.subjectType(entry, locale),
					(entry.subjectId() != null) ? entry.subjectId() : "",
					entry.subjectIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
					message(entry.purpose().messageKey(), locale), cell(this.details.describe(entry, locale)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A value as text that a spreadsheet never runs as a formula.
	 */
	private static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * Only the data protection officer and administrators reach these pages
	 * (AccessArea.AUDIT_TRAIL).
	 */
	static Actor searcher(Authentication authentication) {
		boolean officer = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Role.DATA_PROTECTION_OFFICER.authority()::equals);
		return new Actor(authentication.getName(),
				officer ? Role.DATA_PROTECTION_OFFICER.name() : Role.ADMINISTRATOR.name());
	}

	static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static UUID identifier(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A message of a field of the page's forms.
	 *
	 * @param field the input's id
	 * @param key the message key
	 */
	record FieldMessage(String field, String key) {

	}

	/**
	 * The search as typed, with what is wrong with it.
	 */
	record Criteria(AuditSearch search, List<FieldMessage> errors) {

		static Criteria of(String actor, String subject, String from, String to, String page) {
			List<FieldMessage> errors = new ArrayList<>();
			UUID subjectId = identifier(subject);
			if (subject != null && !subject.isBlank() && subjectId == null) {
				errors.add(new FieldMessage("subject", "privacy.audit.subject.invalid"));
			}
			LocalDate first = day(from);
			if (from != null && !from.isBlank() && first == null) {
				errors.add(new FieldMessage("from", "privacy.audit.period.invalid"));
			}
			LocalDate last = day(to);
			if (to != null && !to.isBlank() && last == null) {
				errors.add(new FieldMessage("to", "privacy.audit.period.invalid"));
			}
			if (first != null && last != null && last.isBefore(first)) {
				errors.add(new FieldMessage("to", "privacy.audit.period.order"));
			}
			if (actor != null && actor.strip().length() > 100) {
				errors.add(new FieldMessage("actor", "privacy.audit.actor.too-long"));
			}
			int number;
			try {
				number = Math.clamp(Integer.parseInt(page.strip()), 0, 100_000);
			}
			catch (NumberFormatException ex) {
				number = 0;
			}
			return new Criteria(errors.isEmpty()
					? new AuditSearch(actor, subjectId, first, last, number, AuditSearch.DEFAULT_SIZE) : null, errors);
		}

		boolean isValid() {
			return this.errors.isEmpty();
		}

	}

}
