package de.weitblick.infrastructure.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import de.weitblick.infrastructure.security.AccessArea;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the layout shows: the navigation the signed-in role may use, the
 * person's name and role, and the path for the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Notifications notifications;

	private final SignedInStaff signedIn;

	LayoutAdvice(Notifications notifications, SignedInStaff signedIn) {
		this.notifications = notifications;
		this.signedIn = signedIn;
	}

	/**
	 * How many notifications the signed-in person has not read, for the header; null when
	 * nobody with a local account is signed in.
	 */
	@ModelAttribute("unreadNotifications")
	Integer unreadNotifications() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!isSignedIn(authentication)) {
			return null;
		}
		return this.signedIn.of(authentication).map(member -> this.notifications.unreadCount(member.id())).orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		Set<String> authorities = authorities();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return Arrays.stream(AccessArea.values())
			.filter(area -> area.isOpenTo(authorities))
			.map(area -> new NavigationItem(area.messageKey(), area.entryPath(), isWithin(path, area)))
			.toList();
	}

	@ModelAttribute("signedInAs")
	String signedInAs() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return isSignedIn(authentication) ? authentication.getName() : null;
	}

	@ModelAttribute("signedInRoleKey")
	String signedInRoleKey() {
		Set<String> authorities = authorities();
		return Arrays.stream(Role.values())
			.filter(role -> authorities.contains(role.authority()))
			.map(Role::messageKey)
			.findFirst()
			.orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isWithin(String path, AccessArea area) {
		String prefix = area.entryPath()
			.substring(0, area.entryPath().indexOf('/', 1) > 0 ? area.entryPath().indexOf('/', 1)
					: area.entryPath().length());
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!isSignedIn(authentication)) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
