package de.weitblick.participant.portal.projects.web;

import java.util.List;
import java.util.Locale;

import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.projects.OwnProject;
import de.weitblick.participant.portal.projects.OwnProjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The person's projects with the next step in plain words, in the own area, as a page and
 * in the API.
 */
@Controller
@Tag(name = "Own area")
class OwnProjectsController {

	private final OwnProjects projects;

	private final OwnCases ownCases;

	OwnProjectsController(OwnProjects projects, OwnCases ownCases) {
		this.projects = projects;
		this.ownCases = ownCases;
	}

	@GetMapping("/mein-bereich/projekte")
	String page(Authentication authentication, Locale locale, Model model) {
		List<OwnProject> all = this.projects.list(this.ownCases.required(authentication), locale);
		model.addAttribute("current", all.stream().filter(OwnProject::current).toList());
		model.addAttribute("earlier", all.stream().filter(project -> !project.current()).toList());
		return "participant/portal/projects";
	}

	@GetMapping("/api/v1/me/projects")
	@ResponseBody
	@Operation(operationId = "listOwnProjects",
			summary = "The projects the person was offered, takes part in, waits for or was in, each with the next "
					+ "step in plain words in the caller's language")
	@ApiResponse(responseCode = "200",
			description = "The current projects first (an offer, taking part, waiting), then the earlier ones")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<OwnProject> list(Authentication authentication) {
		return this.projects.list(this.ownCases.required(authentication), LocaleContextHolder.getLocale());
	}

}
