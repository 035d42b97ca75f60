package de.weitblick.infrastructure.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.weitblick.organisation.Role;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Writes a refused request for case files to the audit trail before it is answered with
 * 403, whatever the role: the participant module audits the refusals it decides itself
 * (another team's case, a part outside the viewer's view), but the roles that may not
 * enter the area at all never reach it. The entry names the case file asked for, when the
 * address names one, and the address without its query (which may hold a name).
 */
class RefusedCaseFileReadsAudited implements AccessDeniedHandler {

	private static final Pattern CASE_FILE_PATH = Pattern
		.compile("^(?:/api/v1)?/participants(?:/([0-9a-fA-F-]{36}))?(?:/.*)?$");

	private final AccessDeniedHandler answer;

	private final AuditTrail audit;

	RefusedCaseFileReadsAudited(AccessDeniedHandler answer, AuditTrail audit) {
		this.answer = answer;
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher caseFile = CASE_FILE_PATH.matcher(path);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// A form sent without its CSRF token is refused for another reason than the role.
		if (caseFile.matches() && authentication != null && !(accessDeniedException instanceof CsrfException)) {
			Role role = roleOf(authentication);
			this.audit.recordRefusal(new Actor(authentication.getName(), (role != null) ? role.name() : null),
					"participant", identifier(caseFile.group(1)), AccessPurpose.CASE_WORK,
					AuditDetail.of("privacy.detail.refused-area",
							AuditDetail.term((role != null) ? role.messageKey() : "privacy.detail.no-role"),
							request.getMethod() + " " + path));
		}
		this.answer.handle(request, response, accessDeniedException);
	}

	private static Role roleOf(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return Arrays.stream(Role.values())
			.filter(role -> authorities.contains(role.authority()))
			.findFirst()
			.orElse(null);
	}

	private static UUID identifier(String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
