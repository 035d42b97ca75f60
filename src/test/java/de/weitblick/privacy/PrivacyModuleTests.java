package de.weitblick.privacy;

import java.util.List;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy module started alone with its declared dependencies ({@code shared} and
 * {@code organisation}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class PrivacyModuleTests {

	private final AuditTrail audit;

	private final Consents consents;

	PrivacyModuleTests(AuditTrail audit, Consents consents) {
		this.audit = audit;
		this.consents = consents;
	}

	@Test
	void aReadIsFoundInThePersonsTrailWithWhoReadItAndWhy() {
		UUID person = UUID.randomUUID();
		Actor counsellor = new Actor("modultest-fachkraft", "COUNSELLOR");

		this.audit.recordAction(counsellor, AuditAction.READ, "participant", person, AccessPurpose.CASE_WORK,
				AuditDetail.of("participant.audit.profile-read"));

		List<AuditEntry> trail = this.audit.search(null, person, 10);
		assertThat(trail).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("modultest-fachkraft");
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.CASE_WORK);
		});
	}

	@Test
	void aWithdrawnConsentIsNoLongerInForce() {
		UUID person = UUID.randomUUID();
		Actor counsellor = new Actor("modultest-fachkraft", "COUNSELLOR");
		this.consents.give(person, ConsentPurpose.PARENTS_ORIGIN, counsellor);
		assertThat(this.consents.inForce(person)).containsExactly(ConsentPurpose.PARENTS_ORIGIN);

		this.consents.withdraw(person, ConsentPurpose.PARENTS_ORIGIN, counsellor);

		assertThat(this.consents.inForce(person)).isEmpty();
	}

}
