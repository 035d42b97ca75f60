package de.weitblick.organisation.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.ApiToken;
import de.weitblick.organisation.ApiTokens;
import de.weitblick.organisation.IssuedApiToken;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens of machine clients as JSON, for administrators.
 */
@RestController
@RequestMapping("/api/v1/api-tokens")
@Tag(name = "API tokens", description = "Tokens with which machine clients such as the Jobcenter's interface call the "
		+ "API (administrators only)")
class ApiTokenRestController {

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenRestController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listApiTokens", summary = "All API tokens, or those of one account, newest first",
			description = "Never includes a token's secret.")
	@ApiResponse(responseCode = "200", description = "The tokens")
	List<ApiTokenResource> tokens(@Parameter(description = "only the tokens of this account") @RequestParam(
			required = false) UUID accountId) {
		Instant now = this.clock.instant();
		return ((accountId != null) ? this.tokens.of(accountId) : this.tokens.all()).stream()
			.map(token -> ApiTokenResource.of(token, now))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "readApiToken", summary = "One API token, without its secret")
	@ApiResponse(responseCode = "200", description = "The token")
	@ApiResponse(responseCode = "404", description = "No such token")
	ApiTokenResource token(@PathVariable UUID id) {
		return this.tokens.token(id)
			.map(token -> ApiTokenResource.of(token, this.clock.instant()))
			.orElseThrow(() -> new NotFound("organisation.api-token.not-found"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "issueApiToken", summary = "Issue an API token for an account",
			description = "The answer holds the token's secret in 'secret': the only time it is shown, since only its "
					+ "SHA-256 hash is kept. The client sends it as 'Authorization: Bearer <secret>' and is signed in "
					+ "as the account until the end of 'expiresOn' (Europe/Berlin), at most "
					+ ApiTokens.MAXIMUM_VALIDITY_DAYS + " days ahead, or until it is revoked. Name (at most "
					+ ApiTokens.MAXIMUM_NAME_LENGTH + " characters) and reason (at most "
					+ ApiTokens.MAXIMUM_REASON_LENGTH + ") are required; the issue is recorded in the audit trail.")
	@ApiResponse(responseCode = "201", description = "Issued; the token with its secret")
	@ApiResponse(responseCode = "400", description = "The body is no JSON of this shape")
	@ApiResponse(responseCode = "404", description = "No such account")
	@ApiResponse(responseCode = "422",
			description = "No account, name, expiry date or reason, one too long, an expiry date not after today or "
					+ "too far ahead, or a disabled account; 'field' names the field")
	IssuedApiTokenResource issue(@RequestBody IssueRequest request, Authentication authentication) {
		if (request.accountId() == null) {
			throw new RuleViolation("accountId", "organisation.api-token.rule.account-required");
		}
		IssuedApiToken issued = this.tokens.issue(request.accountId(), request.name(), request.expiresOn(),
				request.reason(), authentication.getName());
		return new IssuedApiTokenResource(ApiTokenResource.of(issued.token(), this.clock.instant()), issued.secret());
	}

	@PostMapping("/{id}/revocation")
	@Operation(operationId = "revokeApiToken", summary = "Revoke an API token",
			description = "From the next call on the token signs nothing in. The reason is required (at most "
					+ ApiTokens.MAXIMUM_REASON_LENGTH
					+ " characters); who revoked it, when and why is kept with the token and the revocation is "
					+ "recorded in the audit trail.")
	@ApiResponse(responseCode = "200", description = "Revoked; the token")
	@ApiResponse(responseCode = "400", description = "The body is no JSON of this shape")
	@ApiResponse(responseCode = "404", description = "No such token")
	@ApiResponse(responseCode = "422", description = "No reason or one too long, or the token is already revoked")
	ApiTokenResource revoke(@PathVariable UUID id, @RequestBody RevocationRequest request,
			Authentication authentication) {
		return ApiTokenResource.of(this.tokens.revoke(id, request.reason(), authentication.getName()),
				this.clock.instant());
	}

	/**
	 * @param accountId the account the token signs in as
	 * @param name what the token is for, such as "Jobcenter Fachverfahren"
	 * @param expiresOn the last day the token works
	 * @param reason why it is issued
	 */
	record IssueRequest(UUID accountId, String name, LocalDate expiresOn, String reason) {
	}

	/**
	 * @param reason why the token is revoked
	 */
	record RevocationRequest(String reason) {
	}

	record ApiTokenResource(UUID id, UUID accountId, String username, String name, ApiToken.State state,
			Instant issuedAt, String issuedBy, String issueReason, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt, String revokedBy, String revokeReason) {

		static ApiTokenResource of(ApiToken token, Instant now) {
			return new ApiTokenResource(token.id(), token.accountId(), token.username(), token.name(), token.state(now),
					token.issuedAt(), token.issuedBy(), token.issueReason(), token.expiresAt(), token.lastUsedAt(),
					token.revokedAt(), token.revokedBy(), token.revokeReason());
		}

	}

	/**
	 * @param token the token
	 * @param secret what the client sends as 'Authorization: Bearer &lt;secret&gt;';
	 * shown this once only
	 */
	record IssuedApiTokenResource(ApiTokenResource token, String secret) {
	}

}
