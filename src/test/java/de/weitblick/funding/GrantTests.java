package de.weitblick.funding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.RuleViolation.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The head of department records grants with budget lines and enters or imports what was
 * spent; bad entries and bad finance files are refused with nothing stored.
 */
@WeitblickIntegrationTest
class GrantTests {

	static final FundingProgrammeId AQB = new FundingProgrammeId(
			UUID.fromString("019a0000-0000-7000-8000-000000004001"));

	static final UUID IN_MIGRA = UUID.fromString("019a0000-0000-7000-8000-000000005002");

	@Autowired
	Grants grants;

	@Autowired
	Actuals actuals;

	@Autowired
	OrganisationManagement organisation;

	StaffMember controlling;

	@BeforeEach
	void headOfDepartment() {
		this.controlling = this.organisation.staffMember("controlling").orElseThrow();
	}

	private GrantId grant2026() {
		return this.grants.create(new GrantDraft(AQB, IN_MIGRA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				12_000_000L, 10, "AZ-" + UUID.randomUUID(), LocalDate.of(2025, 12, 1),
				List.of(LocalDate.of(2026, 7, 31), LocalDate.of(2027, 3, 31))), this.controlling);
	}

	private String centre() {
		return "KS-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aGrantHasABudgetLinePlannedForEveryMonthOfItsPeriod() {
		GrantId id = grant2026();
		String centre = centre();
		this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, centre, 500_000L, this.controlling);

		Grant grant = this.grants.grant(id).orElseThrow();
		assertThat(grant.version()).isEqualTo(1);
		assertThat(grant.reportingDates()).containsExactly(LocalDate.of(2026, 7, 31), LocalDate.of(2027, 3, 31));
		assertThat(grant.lines()).singleElement().satisfies(line -> {
			assertThat(line.costCentre()).isEqualTo(centre);
			assertThat(line.months()).hasSize(12);
			assertThat(line.plannedCents()).isEqualTo(6_000_000L);
			assertThat(line.actualCents()).isZero();
		});
	}

	@Test
	void actualsForAMonthOutsideTheGrantAreRefusedAndNothingChanges() {
		GrantId id = grant2026();
		UUID line = this.grants.addBudgetLine(id, 0, BudgetCategory.MATERIAL, centre(), 100_00L, this.controlling);

		assertThatThrownBy(
				() -> this.actuals.recordActual(id, 1, line, YearMonth.of(2027, 1), 50_00L, this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("funding.rule.month-outside-grant"));
		assertThat(this.grants.grant(id).orElseThrow().version()).isEqualTo(1);
		assertThat(this.grants.grant(id).orElseThrow().actualCents()).isZero();
	}

	@Test
	void anOverspentBudgetLineIsStoredWithAWarning() {
		GrantId id = grant2026();
		String centre = centre();
		UUID line = this.grants.addBudgetLine(id, 0, BudgetCategory.MATERIAL, centre, 100_00L, this.controlling);

		List<Reason> warnings = this.actuals.recordActual(id, 1, line, YearMonth.of(2026, 3), 2_000_00L,
				this.controlling);

		assertThat(warnings).extracting(Reason::messageKey).containsExactly("funding.warning.overspent");
		assertThat(this.grants.grant(id).orElseThrow().actualCents()).isEqualTo(2_000_00L);
	}

	@Test
	void aChangeToAGrantReadBeforeAnotherChangeIsRefused() {
		GrantId id = grant2026();
		UUID line = this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, centre(), 100_00L, this.controlling);

		assertThatThrownBy(() -> this.actuals.recordActual(id, 0, line, YearMonth.of(2026, 2), 1L, this.controlling))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void onlyTheHeadOfDepartmentRecordsGrants() {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		assertThatThrownBy(() -> this.grants.create(new GrantDraft(AQB, IN_MIGRA, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), 1L, 0, "AZ", LocalDate.of(2026, 1, 1), List.of()), counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("funding.rule.may-not-change"));
	}

	@Test
	void aGrantEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> this.grants.create(new GrantDraft(AQB, IN_MIGRA, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 1, 1), 1L, 0, "AZ", LocalDate.of(2026, 1, 1), List.of()), this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsOn"));
	}

	@Test
	void aFinanceFileSetsTheActualsOfItsMonthsAndImportingItAgainChangesNothing() {
		GrantId id = grant2026();
		String staff = centre();
		String material = centre();
		this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, staff, 500_000L, this.controlling);
		this.grants.addBudgetLine(id, 1, BudgetCategory.MATERIAL, material, 10_000L, this.controlling);
		byte[] file = ("Kostenstelle;Monat;Betrag;Buchungstext\n" + staff + ";2026-01;4.800,00;Gehälter Januar\n"
				+ staff + ";01.2026;200,50;Nachzahlung\n" + material + ";2026-02;99,99;Büromaterial\n")
			.getBytes(StandardCharsets.UTF_8);

		ActualsImported imported = this.actuals.importActuals(file, this.controlling);
		this.actuals.importActuals(file, this.controlling);

		assertThat(imported.rows()).isEqualTo(3);
		assertThat(imported.months()).isEqualTo(2);
		Grant grant = this.grants.grant(id).orElseThrow();
		assertThat(grant.lines()).filteredOn(l -> l.costCentre().equals(staff))
			.singleElement()
			.satisfies(l -> assertThat(l.actualCents()).isEqualTo(500_050L));
		assertThat(grant.actualCents()).isEqualTo(500_050L + 9_999L);
	}

	@Test
	void aFinanceFileWithAnUnknownCostCentreIsRefusedWholeAndNamesTheLine() {
		GrantId id = grant2026();
		String staff = centre();
		this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, staff, 500_000L, this.controlling);
		byte[] file = ("Kostenstelle;Monat;Betrag\n" + staff + ";2026-01;4.800,00\nKS-UNBEKANNT;2026-01;12,00\n" + staff
				+ ";2027-05;1,00\n")
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.actuals.importActuals(file, this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.messageKey()).isEqualTo("funding.import.refused");
				assertThat(v.reasons()).extracting(Reason::messageKey)
					.containsExactly("funding.import.cost-centre-unknown", "funding.import.month-outside-grant");
				assertThat(v.reasons().get(0).arguments()).containsExactly(3, "KS-UNBEKANNT");
			});
		assertThat(this.grants.grant(id).orElseThrow().actualCents()).isZero();
		assertThat(this.grants.grant(id).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void aFinanceFileInWindowsEncodingIsRefusedWithNothingStored() {
		GrantId id = grant2026();
		String staff = centre();
		this.grants.addBudgetLine(id, 0, BudgetCategory.STAFF, staff, 500_000L, this.controlling);
		byte[] file = ("Kostenstelle;Monat;Betrag;Buchungstext\n" + staff + ";2026-01;10,00;Gebühr für Prüfung\n")
			.getBytes(Charset.forName("windows-1252"));

		assertThatThrownBy(() -> this.actuals.importActuals(file, this.controlling)).isInstanceOfSatisfying(
				RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("funding.import.encoding"));
		assertThat(this.grants.grant(id).orElseThrow().actualCents()).isZero();
	}

	@Test
	void aFinanceFileWithoutTheAmountColumnOrWithUnreadableAmountsIsRefused() {
		assertThatThrownBy(() -> this.actuals
			.importActuals("Kostenstelle;Monat\nX;2026-01\n".getBytes(StandardCharsets.UTF_8), this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("funding.import.column-missing"));
		assertThatThrownBy(() -> this.actuals.importActuals(
				"Kostenstelle;Monat;Betrag\nX;März;zwölf\n".getBytes(StandardCharsets.UTF_8), this.controlling))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.reasons()).extracting(Reason::messageKey)
				.containsExactly("funding.import.month-unreadable", "funding.import.amount-unreadable"));
	}

}
