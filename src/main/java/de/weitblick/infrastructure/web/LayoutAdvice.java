package de.weitblick.infrastructure.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import de.weitblick.infrastructure.security.AccessArea;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the layout shows: the navigation the signed-in role may use, the
 * person's name and role, and the path for the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final SignedInStaff signedIn;

	LayoutAdvice(SignedInStaff signedIn) {
		this.signedIn = signedIn;
	}

	/**
	 * What the layout shows, added in one step: the path for the language switch, the
	 * navigation the signed-in role may use, the person's name and role and how many
	 * notifications they have not read (null when nobody with a local account is signed
	 * in). One method instead of one per attribute, because each is invoked by reflection
	 * on every page.
	 */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		// An error page is rendered at /error; its language switch and navigation belong
		// to the address that was asked for, which opening /error itself would not
		// answer.
		Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (asked instanceof String original) ? original : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		// The page that says the database failed neither asks it again nor reads the
		// session kept in it: it shows the layout of somebody not signed in.
		Authentication authentication = PageErrorController.databaseUnavailable(request) ? null
				: SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = isSignedIn(authentication);
		Set<String> authorities = signedIn ? authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet()) : Set.of();
		model.addAttribute("currentPath", path);
		model.addAttribute("navigation",
				Arrays.stream(AccessArea.values())
					.filter(area -> area.isOpenTo(authorities))
					.map(area -> new NavigationItem(area.messageKey(), area.entryPath(), isWithin(path, area)))
					.toList());
		model.addAttribute("signedInAs", signedIn ? authentication.getName() : null);
		model.addAttribute("signedInRoleKey",
				Arrays.stream(Role.values())
					.filter(role -> authorities.contains(role.authority()))
					.map(Role::messageKey)
					.findFirst()
					.orElse(null));
		// A participant's inbox is the own area's messages, which the own area shows.
		boolean participant = authorities.contains(Role.PARTICIPANT.authority());
		model.addAttribute("unreadNotifications",
				(signedIn && !participant) ? this.signedIn.unreadNotifications(authentication).orElse(null) : null);
	}

	private static boolean isWithin(String path, AccessArea area) {
		String prefix = area.entryPath()
			.substring(0, area.entryPath().indexOf('/', 1) > 0 ? area.entryPath().indexOf('/', 1)
					: area.entryPath().length());
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
