package de.weitblick.participant.health.web;

import java.util.Set;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The health restrictions of a case file and the consent to keep them, as JSON, with the
 * permission, consent and audit of the page.
 */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "Case files of participants (Teilnehmende); every call is audited")
class HealthDataRestController {

	private final HealthData health;

	private final Viewers viewers;

	HealthDataRestController(HealthData health, Viewers viewers) {
		this.health = health;
		this.viewers = viewers;
	}

	@GetMapping("/{id}/health-restrictions")
	@Operation(summary = "The health restrictions (a special category of data); only for staff with the "
			+ "permission, every read is audited; 404 without the permission")
	HealthRestrictions getHealthRestrictions(@PathVariable UUID id, Authentication authentication) {
		return this.health.read(new ParticipantId(id), this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("participant.not-found"));
	}

	@PutMapping("/{id}/health-restrictions")
	@Operation(summary = "Record the health restrictions; 422 without the person's consent to HEALTH_DATA, 409 when "
			+ "they changed since the given version")
	HealthRestrictions recordHealthRestrictions(@PathVariable UUID id, @RequestBody HealthRequest request,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		this.health.record(new ParticipantId(id), request.version(), request.restrictions(),
				request.maximumHoursPerDay(), request.note(), viewer);
		return this.health.read(new ParticipantId(id), viewer).orElseThrow();
	}

	@PutMapping("/{id}/consents/health-data")
	@Operation(summary = "Record the consent to HEALTH_DATA or its withdrawal, which erases the health restrictions")
	ResponseEntity<Void> recordHealthDataConsent(@PathVariable UUID id, @RequestBody ConsentRequest request,
			Authentication authentication) {
		this.health.setConsent(new ParticipantId(id), Boolean.TRUE.equals(request.consent()),
				this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	record HealthRequest(Integer version, Set<HealthRestriction> restrictions, Integer maximumHoursPerDay,
			String note) {
	}

	record ConsentRequest(Boolean consent) {
	}

}
