package de.weitblick.participant.portal.password.web;

import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.password.OwnPassword;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person changes the own password through the API; bad input is answered with a
 * problem detail naming the field.
 */
@RestController
@Tag(name = "Own area")
class PortalPasswordRestController {

	private final OwnPassword password;

	private final OwnCases ownCases;

	PortalPasswordRestController(OwnPassword password, OwnCases ownCases) {
		this.password = password;
		this.ownCases = ownCases;
	}

	@PutMapping("/api/v1/me/password")
	@Operation(operationId = "changeOwnPassword",
			summary = "Change the own password with the current one; the password rules of the staff accounts apply")
	@ApiResponse(responseCode = "204", description = "The password is changed")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	@ApiResponse(responseCode = "422",
			description = "The current password is wrong ('field' currentPassword), the new one breaks the rules "
					+ "('field' newPassword) or the repetition differs ('field' repeatedPassword); nothing changes, "
					+ "the attempt is audited")
	ResponseEntity<Void> change(@RequestBody PasswordChange change, Authentication authentication) {
		this.password.change(this.ownCases.required(authentication), change.currentPassword(), change.newPassword(),
				change.repeatedPassword());
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param currentPassword the password in use
	 * @param newPassword the new password
	 * @param repeatedPassword the new password once more
	 */
	record PasswordChange(String currentPassword, String newPassword, String repeatedPassword) {
	}

}
