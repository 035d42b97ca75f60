package de.weitblick.participant.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.CityDistrict;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantSearch;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.privacy.AccessPurpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counsellor's caseload and search, and the people a project lead or an instructor
 * works with. The list answers a full page and, to htmx, only the results, from one URL.
 */
@Controller
class ParticipantController {

	private final ParticipantManagement participants;

	private final Catalogues catalogues;

	private final ParticipantFinder finder;

	private final Viewers viewers;

	private final org.springframework.context.MessageSource messages;

	ParticipantController(ParticipantManagement participants, Catalogues catalogues, ParticipantFinder finder,
			Viewers viewers, org.springframework.context.MessageSource messages) {
		this.participants = participants;
		this.catalogues = catalogues;
		this.finder = finder;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/participants")
	String list(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) FocusGroupCode focusGroup,
			@RequestParam(required = false) String counsellor, @RequestParam(required = false) ParticipantStatus status,
			@RequestParam(required = false) String district,
			@RequestParam(required = false) ParticipantSearch.SortOrder sort,
			@RequestParam(defaultValue = "false") boolean descending, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, Locale locale) {
		StaffMember viewer = this.viewers.of(authentication);
		if (viewer.role() != Role.COUNSELLOR) {
			return granted(name, page, htmx, viewer, model);
		}
		// The caseload is the start: without any criterion a counsellor sees the own
		// active cases.
		boolean noCriteria = name == null && birthDate == null && focusGroup == null && counsellor == null
				&& status == null && district == null;
		UUID counsellorId = noCriteria ? viewer.id() : parseCounsellor(counsellor);
		ParticipantStatus statusFilter = noCriteria ? ParticipantStatus.ACTIVE : status;
		ParticipantSearch search = new ParticipantSearch(name, birthDate, focusGroup, counsellorId, statusFilter,
				blankToNull(district), sort, descending, page, ParticipantSearch.DEFAULT_SIZE);
		var result = this.finder.search(search, viewer, noCriteria ? AccessPurpose.CASELOAD : AccessPurpose.SEARCH);
		model.addAttribute("result", result);
		model.addAttribute("search", search);
		model.addAttribute("caseload", noCriteria);
		model.addAttribute("counsellorFilter", (counsellorId != null) ? counsellorId.toString() : "");
		List<StaffMember> team = this.participants.counsellorsOfTeam(viewer);
		model.addAttribute("counsellorNames",
				team.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a)));
		if (htmx != null) {
			// A search as you type replaces only the results.
			return "participant/list :: results";
		}
		// The filters' options with their labels in the reader's language, ready to show.
		model.addAttribute("counsellorOptions",
				options(team, member -> member.id().toString(), StaffMember::displayName));
		model.addAttribute("districtOptions",
				options(this.catalogues.districts(), CityDistrict::code, CityDistrict::name));
		model.addAttribute("focusGroupOptions", options(List.of(FocusGroupCode.values()), FocusGroupCode::name,
				group -> message(group.messageKey(), locale)));
		model.addAttribute("statusOptions", options(List.of(ParticipantStatus.values()), ParticipantStatus::name,
				choice -> message(choice.messageKey(), locale)));
		model.addAttribute("sortOptions", options(List.of(ParticipantSearch.SortOrder.values()),
				ParticipantSearch.SortOrder::name, order -> message("participant.search.sort." + order, locale)));
		return "participant/list";
	}

	/**
	 * The people a project lead or an instructor works with, across their projects, each
	 * with the reason and the view of the access: the same rule as opening a case file.
	 */
	private String granted(String name, int page, String htmx, StaffMember viewer, Model model) {
		ParticipantSearch search = new ParticipantSearch(name, null, null, null, null, null, null, false, page,
				ParticipantSearch.DEFAULT_SIZE);
		model.addAttribute("result", this.finder.search(search, viewer,
				(search.name() == null) ? AccessPurpose.CASELOAD : AccessPurpose.SEARCH));
		model.addAttribute("search", search);
		return (htmx != null) ? "participant/granted :: results" : "participant/granted";
	}

	private static UUID parseCounsellor(String counsellor) {
		if (counsellor == null || counsellor.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(counsellor);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The options of a filter, as value and label in the given order.
	 */
	private static <T> Map<String, String> options(Collection<T> choices, Function<T, String> value,
			Function<T, String> label) {
		Map<String, String> options = new LinkedHashMap<>();
		choices.forEach(choice -> options.put(value.apply(choice), label.apply(choice)));
		return options;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
