package de.weitblick.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Looking into the audit trail leaves a trace in it: the trail shows who read whose data,
 * so an administrator's search is itself accounted for, on the page and in the API.
 */
@WeitblickIntegrationTest
class AuditTrailSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aSearchByTheBeginningOfAUserNamePagesThroughTheEntriesOfEveryUserItMatchesNewestFirst() {
		String name = "seitenweise" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		List<UUID> records = new ArrayList<>();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		for (int i = 0; i < 7; i++) {
			UUID record = UUID.randomUUID();
			records.add(record);
			// Two users whose names begin alike, and one whose name does not begin so.
			String user = (i % 2 == 0) ? name : name + ".Vertretung";
			transaction.executeWithoutResult(status -> {
				this.audit.recordAction(new Actor(user, "COUNSELLOR"), AuditAction.READ, "participant", record,
						AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.read"));
				this.audit.recordAction(new Actor("x" + name, "COUNSELLOR"), AuditAction.READ, "participant", record,
						AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.read"));
			});
		}

		List<UUID> found = new ArrayList<>();
		AuditPage page = this.audit.search(new AuditSearch(name.toUpperCase(), null, null, null, 0, 3));
		found.addAll(page.entries().stream().map(AuditEntry::subjectId).toList());
		while (page.hasNext()) {
			assertThat(page.entries()).hasSize(3);
			page = this.audit.search(new AuditSearch(name.toUpperCase(), null, null, null, page.page() + 1, 3));
			found.addAll(page.entries().stream().map(AuditEntry::subjectId).toList());
		}

		assertThat(found).containsExactlyElementsOf(records.reversed());
	}

	@Test
	void anAdministratorsSearchForARecordIsInTheTrailWithTheRecordSearchedFor() throws Exception {
		UUID record = UUID.randomUUID();
		this.mvc
			.perform(get("/api/v1/audit-events").param("subjectId", record.toString())
				.with(user("pruefer").roles("ADMINISTRATOR")))
			.andExpect(status().isOk());

		assertThat(this.audit.search("pruefer", record, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.actorRole()).isEqualTo("ADMINISTRATOR");
			assertThat(entry.subjectType()).isEqualTo(AuditTrail.SUBJECT_TYPE);
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.DATA_PROTECTION_REVIEW);
			assertThat(entry.detailKey()).isEqualTo("privacy.detail.trail-search");
		});
	}

	@Test
	void thePageNamesTheKindOfRecordInGerman() throws Exception {
		UUID record = UUID.randomUUID();
		this.mvc
			.perform(get("/audit").param("subject", record.toString()).with(user("pruefer").roles("ADMINISTRATOR")));
		this.mvc.perform(get("/audit").param("subject", record.toString()).with(user("pruefer").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Protokoll</span> <code>" + record + "</code>")))
			.andExpect(content().string(containsString("Datenschutzkontrolle")));
	}

	@Test
	void aSearchOnThePageForWhatSomebodyReadIsInTheTrailWithTheNameSearchedFor() throws Exception {
		String administrator = "dsb-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(get("/audit").param("actor", "fachkraft").with(user(administrator).roles("ADMINISTRATOR")))
			.andExpect(status().isOk());

		assertThat(this.audit.search(administrator, null, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.subjectId()).isNull();
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.DATA_PROTECTION_REVIEW);
			assertThat(entry.detailKey()).isEqualTo("privacy.detail.trail-search");
			assertThat(entry.structured().arguments()).first().isEqualTo("fachkraft");
		});
	}

}
