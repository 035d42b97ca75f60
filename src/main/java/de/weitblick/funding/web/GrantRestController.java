package de.weitblick.funding.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.funding.ActualsImported;
import de.weitblick.funding.BudgetCategory;
import de.weitblick.funding.BudgetLine;
import de.weitblick.funding.BudgetMonth;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.Grant;
import de.weitblick.funding.GrantChanges;
import de.weitblick.funding.GrantDraft;
import de.weitblick.funding.GrantId;
import de.weitblick.funding.Actuals;
import de.weitblick.funding.Grants;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation.Reason;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grants, budget lines and actuals as JSON, for the head of department. Amounts are in
 * euro cents.
 */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(name = "Grants", description = "Grants of the funding programmes to projects, budget lines with planned and "
		+ "actual amounts per month (in euro cents), and the import of actuals from the city's finance system")
class GrantRestController {

	private final Grants grants;

	private final Actuals actuals;

	private final GrantChanges changes;

	private final SignedInStaff signedIn;

	GrantRestController(Grants grants, Actuals actuals, GrantChanges changes, SignedInStaff signedIn) {
		this.grants = grants;
		this.actuals = actuals;
		this.changes = changes;
		this.signedIn = signedIn;
	}

	@GetMapping("/grants")
	@Operation(summary = "The grants with their budget lines, newest first")
	List<GrantResource> listGrants(
			@Parameter(description = "only this programme's grants") @RequestParam(required = false) UUID programme,
			@Parameter(description = "only this project's grants") @RequestParam(required = false) UUID project) {
		return this.grants.grants((programme != null) ? new FundingProgrammeId(programme) : null, project)
			.stream()
			.map(GrantResource::of)
			.toList();
	}

	@GetMapping("/grants/{id}")
	@Operation(summary = "A grant with its budget lines and their planned and actual amounts per month")
	GrantResource getGrant(@PathVariable UUID id) {
		return this.grants.grant(new GrantId(id))
			.map(GrantResource::of)
			.orElseThrow(() -> new NotFound("funding.grant.not-found"));
	}

	@PostMapping("/grants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a grant of a programme to a project for a period")
	@ApiResponse(responseCode = "422", description = "No such programme, the period ends before it starts, an amount "
			+ "below zero, a co-financing share outside 0 to 100, or the caller may not record grants")
	GrantResource createGrant(@Valid @RequestBody GrantInput input, Authentication authentication) {
		GrantId id = this.grants.create(new GrantDraft(new FundingProgrammeId(input.programmeId()), input.projectId(),
				input.startsOn(), input.endsOn(), input.amountCents(), input.coFinancingPercent(), input.noticeNumber(),
				input.noticeDate(), input.reportingDates()), this.signedIn.required(authentication));
		return getGrant(id.id());
	}

	@PostMapping("/grants/{id}/budget-lines")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a budget line with the same amount planned for every month of the grant period")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422", description = "The cost centre belongs to another line, an amount below zero, "
			+ "or the caller may not change grants")
	GrantResource addBudgetLine(@PathVariable UUID id, @Valid @RequestBody LineInput input,
			Authentication authentication) {
		this.grants.addBudgetLine(new GrantId(id), input.version(), input.category(), input.costCentre(),
				input.plannedPerMonthCents(), this.signedIn.required(authentication));
		return getGrant(id);
	}

	@PutMapping("/grants/{id}/budget-lines/{lineId}/actuals/{month}")
	@Operation(summary = "Record what a budget line spent in a month (yyyy-MM), replacing what was recorded; "
			+ "warnings name lines spent beyond their plan, which is allowed")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422", description = "The month lies outside the grant period, an amount below zero, "
			+ "or the caller may not change grants")
	RecordedResource recordActual(@PathVariable UUID id, @PathVariable UUID lineId, @PathVariable YearMonth month,
			@Valid @RequestBody ActualInput input, Authentication authentication) {
		List<Reason> warnings = this.actuals.recordActual(new GrantId(id), input.version(), lineId, month,
				input.amountCents(), this.signedIn.required(authentication));
		return new RecordedResource(warnings.stream().map(Reason::messageKey).toList(), getGrant(id));
	}

	@PutMapping("/grants/{id}")
	@Operation(summary = "Correct a grant: programme, project, period, amounts, notice and reporting dates; budget "
			+ "lines keep their months within the new period")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422",
			description = "The same rules as for a new grant, a new period that leaves out a "
					+ "month with actuals, or the caller may not change grants")
	GrantResource changeGrant(@PathVariable UUID id, @Valid @RequestBody GrantChangeInput input,
			Authentication authentication) {
		GrantInput grant = input.grant();
		this.changes.change(new GrantId(id), input.version(),
				new GrantDraft(new FundingProgrammeId(grant.programmeId()), grant.projectId(), grant.startsOn(),
						grant.endsOn(), grant.amountCents(), grant.coFinancingPercent(), grant.noticeNumber(),
						grant.noticeDate(), grant.reportingDates()),
				this.signedIn.required(authentication));
		return getGrant(id);
	}

	@DeleteMapping("/grants/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a grant with its budget lines; refused while actuals are recorded for it")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422",
			description = "Actuals are recorded for the grant, or the caller may not change " + "grants")
	void deleteGrant(@PathVariable UUID id,
			@Parameter(description = "the version of the grant as read") @RequestParam int version,
			Authentication authentication) {
		this.changes.delete(new GrantId(id), version, this.signedIn.required(authentication));
	}

	@PutMapping("/grants/{id}/budget-lines/{lineId}")
	@Operation(summary = "Correct a budget line's category and cost centre and, when given, the amount planned for "
			+ "every month")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422", description = "The cost centre belongs to another line, an amount below zero, "
			+ "or the caller may not change grants")
	GrantResource changeBudgetLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @RequestBody LineChangeInput input, Authentication authentication) {
		this.changes.changeBudgetLine(new GrantId(id), input.version(), lineId, input.category(), input.costCentre(),
				input.plannedPerMonthCents(), this.signedIn.required(authentication));
		return getGrant(id);
	}

	@DeleteMapping("/grants/{id}/budget-lines/{lineId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a budget line with its plan; refused while actuals are recorded for it")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422",
			description = "Actuals are recorded for the line, or the caller may not change " + "grants")
	void deleteBudgetLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@Parameter(description = "the version of the grant as read") @RequestParam int version,
			Authentication authentication) {
		this.changes.deleteBudgetLine(new GrantId(id), version, lineId, this.signedIn.required(authentication));
	}

	@DeleteMapping("/grants/{id}/budget-lines/{lineId}/actuals/{month}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove what a budget line spent in a month (yyyy-MM); the plan stays")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "The grant changed since the given version")
	@ApiResponse(responseCode = "422", description = "The caller may not change grants")
	void deleteActual(@PathVariable UUID id, @PathVariable UUID lineId, @PathVariable YearMonth month,
			@Parameter(description = "the version of the grant as read") @RequestParam int version,
			Authentication authentication) {
		this.changes.deleteActual(new GrantId(id), version, lineId, month, this.signedIn.required(authentication));
	}

	@PostMapping(path = "/actuals", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import the actuals export of the city's finance system (UTF-8 CSV separated by semicolons "
			+ "with the columns Kostenstelle, Monat, Betrag and optionally Buchungstext): all rows or none")
	@ApiResponse(responseCode = "422", description = "Not UTF-8, a column missing, or rows with an unknown cost "
			+ "centre, a month outside the grant or an unreadable amount, each named in reasons; nothing is stored")
	ActualsImported importActuals(@RequestBody byte[] content, Authentication authentication) {
		return this.actuals.importActuals(content, this.signedIn.required(authentication));
	}

	record GrantInput(@NotNull(message = "{funding.rule.programme-missing}") UUID programmeId,
			@NotNull(message = "{funding.rule.project-missing}") UUID projectId,
			@NotNull(message = "{funding.rule.period}") LocalDate startsOn,
			@NotNull(message = "{funding.rule.period}") LocalDate endsOn,
			@NotNull(message = "{funding.rule.amount-missing}") @Min(value = 0,
					message = "{funding.rule.amount-negative}") Long amountCents,
			@NotNull(message = "{funding.rule.co-financing}") @Min(value = 0,
					message = "{funding.rule.co-financing}") @Max(value = 100,
							message = "{funding.rule.co-financing}") Integer coFinancingPercent,
			@NotBlank(message = "{funding.rule.notice-missing}") @Size(max = 80,
					message = "{funding.rule.too-long}") String noticeNumber,
			@NotNull(message = "{funding.rule.notice-missing}") LocalDate noticeDate, List<LocalDate> reportingDates) {
	}

	record GrantChangeInput(@NotNull(message = "{funding.rule.version}") Integer version,
			@NotNull @Valid GrantInput grant) {
	}

	record LineChangeInput(@NotNull(message = "{funding.rule.version}") Integer version,
			@NotNull(message = "{funding.rule.category-missing}") BudgetCategory category,
			@NotBlank(message = "{funding.rule.cost-centre-missing}") @Size(max = 40,
					message = "{funding.rule.too-long}") String costCentre,
			@Min(value = 0, message = "{funding.rule.amount-negative}") Long plannedPerMonthCents) {
	}

	record LineInput(@NotNull(message = "{funding.rule.version}") Integer version,
			@NotNull(message = "{funding.rule.category-missing}") BudgetCategory category,
			@NotBlank(message = "{funding.rule.cost-centre-missing}") @Size(max = 40,
					message = "{funding.rule.too-long}") String costCentre,
			@NotNull(message = "{funding.rule.amount-missing}") @Min(value = 0,
					message = "{funding.rule.amount-negative}") Long plannedPerMonthCents) {
	}

	record ActualInput(@NotNull(message = "{funding.rule.version}") Integer version,
			@NotNull(message = "{funding.rule.amount-missing}") @DecimalMin(value = "0",
					message = "{funding.rule.amount-negative}") Long amountCents) {
	}

	record RecordedResource(List<String> warnings, GrantResource grant) {
	}

	record GrantResource(UUID id, int version, UUID programmeId, String programmeName, UUID projectId,
			LocalDate startsOn, LocalDate endsOn, long amountCents, int coFinancingPercent, String noticeNumber,
			LocalDate noticeDate, List<LocalDate> reportingDates, long plannedCents, long actualCents,
			List<LineResource> budgetLines) {

		static GrantResource of(Grant grant) {
			return new GrantResource(grant.id().id(), grant.version(), grant.programmeId().id(), grant.programmeName(),
					grant.projectId(), grant.startsOn(), grant.endsOn(), grant.amountCents(),
					grant.coFinancingPercent(), grant.noticeNumber(), grant.noticeDate(), grant.reportingDates(),
					grant.plannedCents(), grant.actualCents(), grant.lines().stream().map(LineResource::of).toList());
		}

	}

	record LineResource(UUID id, BudgetCategory category, String costCentre, long plannedCents, long actualCents,
			boolean overspent, List<MonthResource> months) {

		static LineResource of(BudgetLine line) {
			return new LineResource(line.id(), line.category(), line.costCentre(), line.plannedCents(),
					line.actualCents(), line.overspent(), line.months().stream().map(MonthResource::of).toList());
		}

	}

	record MonthResource(String month, long plannedCents, Long actualCents) {

		static MonthResource of(BudgetMonth month) {
			return new MonthResource(month.month().toString(), month.plannedCents(), month.actualCents());
		}

	}

}
