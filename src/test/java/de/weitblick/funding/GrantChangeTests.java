package de.weitblick.funding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The head of department corrects grants, budget lines and actuals; a stale correction is
 * refused, and what was spent is never lost by one: a grant or line with actuals is not
 * deleted, and a period is not shortened past a month with actuals.
 */
@WeitblickIntegrationTest
class GrantChangeTests {

	@Autowired
	Grants grants;

	@Autowired
	Actuals actuals;

	@Autowired
	GrantChanges changes;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	MockMvc mvc;

	StaffMember controlling;

	@BeforeEach
	void headOfDepartment() {
		this.controlling = this.organisation.staffMember("controlling").orElseThrow();
	}

	private GrantDraft draft(LocalDate from, LocalDate until, String notice) {
		return new GrantDraft(GrantTests.AQB, GrantTests.IN_MIGRA, from, until, 12_000_000L, 10, notice,
				LocalDate.of(2025, 12, 1), List.of(LocalDate.of(2026, 7, 31)));
	}

	private static String centre() {
		return "KS-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aGrantIsCorrectedItsLinesFollowTheNewPeriodAndAStaleCorrectionIsRefused() {
		String notice = "AZ-" + UUID.randomUUID();
		GrantId id = this.grants.create(draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), notice),
				this.controlling);
		this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, centre(), 100_00L, this.controlling);

		this.changes.change(id, 1,
				new GrantDraft(GrantTests.AQB, GrantTests.IN_MIGRA, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
						15_000_000L, 20, notice, LocalDate.of(2025, 12, 1), List.of(LocalDate.of(2027, 4, 30))),
				this.controlling);

		Grant changed = this.grants.grant(id).orElseThrow();
		assertThat(changed.version()).isEqualTo(2);
		assertThat(changed.amountCents()).isEqualTo(15_000_000L);
		assertThat(changed.coFinancingPercent()).isEqualTo(20);
		assertThat(changed.reportingDates()).containsExactly(LocalDate.of(2027, 4, 30));
		assertThat(changed.lines()).singleElement().satisfies(line -> {
			assertThat(line.months()).hasSize(12);
			assertThat(line.months().get(0).month()).isEqualTo(YearMonth.of(2026, 4));
			assertThat(line.months().get(11).month()).isEqualTo(YearMonth.of(2027, 3));
		});
		assertThatThrownBy(() -> this.changes.change(id, 1,
				draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), notice), this.controlling))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.grants.grant(id).orElseThrow().startsOn()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void aGrantOrLineWithActualsIsNotDeletedUntilTheActualsAreRemoved() {
		GrantId id = this.grants.create(
				draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "AZ-" + UUID.randomUUID()),
				this.controlling);
		String centre = centre();
		UUID line = this.grants.addBudgetLine(id, 0, BudgetCategory.MATERIAL, centre, 100_00L, this.controlling);
		this.actuals.recordActual(id, 1, line, YearMonth.of(2026, 3), 80_00L, this.controlling);

		assertThatThrownBy(() -> this.changes.delete(id, 2, this.controlling)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("funding.rule.grant-has-actuals"));
		assertThatThrownBy(() -> this.changes.deleteBudgetLine(id, 2, line, this.controlling)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("funding.rule.line-has-actuals"));
		assertThatThrownBy(() -> this.changes.change(id, 2,
				draft(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "AZ-1"), this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("funding.rule.period-leaves-out-actuals"));
		assertThat(this.grants.grant(id).orElseThrow().version()).isEqualTo(2);

		this.changes.deleteActual(id, 2, line, YearMonth.of(2026, 3), this.controlling);
		this.changes.changeBudgetLine(id, 3, line, BudgetCategory.OVERHEADS, centre, 50_00L, this.controlling);
		assertThat(this.grants.grant(id).orElseThrow().lines()).singleElement().satisfies(changed -> {
			assertThat(changed.category()).isEqualTo(BudgetCategory.OVERHEADS);
			assertThat(changed.plannedCents()).isEqualTo(12 * 50_00L);
			assertThat(changed.actualCents()).isZero();
		});
		this.changes.deleteBudgetLine(id, 4, line, this.controlling);
		this.changes.delete(id, 5, this.controlling);
		assertThat(this.grants.grant(id)).isEmpty();
	}

	@Test
	void theApiAndThePagesCorrectAndDeleteWithTheVersion() throws Exception {
		String notice = "AZ-" + UUID.randomUUID();
		GrantId id = this.grants.create(draft(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), notice),
				this.controlling);
		UUID line = this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, centre(), 100_00L, this.controlling);

		this.mvc
			.perform(put("/api/v1/funding/grants/{id}/budget-lines/{line}", id.id(), line)
				.with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.contentType("application/json")
				.content("""
						{"version": 1, "category": "MATERIAL", "costCentre": "%s"}
						""".formatted(centre())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.budgetLines[0].category").value("MATERIAL"));
		this.mvc
			.perform(delete("/api/v1/funding/grants/{id}", id.id()).param("version", "1")
				.with(user("controlling").roles("CONTROLLING"))
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/funding/grants/{id}/edit", id.id()).with(user("controlling").roles("CONTROLLING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(notice)));
		this.mvc
			.perform(post("/funding/grants/{id}/delete", id.id()).param("version", "2")
				.with(user("controlling").roles("CONTROLLING"))
				.with(csrf()))
			.andExpect(redirectedUrl("/funding/grants"));
		assertThat(this.grants.grant(id)).isEmpty();
	}

}
