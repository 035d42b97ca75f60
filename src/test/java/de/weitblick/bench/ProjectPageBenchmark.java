package de.weitblick.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.Enrolments;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.ProjectId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's page and a place on its waiting list on a Land-sized data set (by default
 * 1,000,000 participants, 5,000 projects, 3,000,000 enrolments): median and 95th
 * percentile through HTTP as the project's lead, and the waiting list's query straight in
 * SQL. Prints its figures; asserts only that the pages answered. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ProjectPageBenchmark} (see docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class ProjectPageBenchmark {

	private static final long PARTICIPANTS = Long.getLong("weitblick.bench.participants", 1_000_000L);

	private static final int PROJECTS = Integer.getInteger("weitblick.bench.projects", 5_000);

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 30);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 200);

	private static final int SIGNED_IN_LEADS = 20;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	FocusGroupManagement focusGroups;

	@Autowired
	Enrolments enrolments;

	@Autowired
	EnrolmentLists lists;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void projectPageAndWaitingListOnALandSizedDataSet() throws Exception {
		long started = System.nanoTime();
		LandScaleData people = new LandScaleData(this.jdbc, this.passwords);
		people.ensureParticipants(PARTICIPANTS, people.ensureStaff(), this.focusGroups.classifier());
		ProjectScaleData projects = new ProjectScaleData(this.jdbc, this.passwords);
		List<ProjectScaleData.Lead> leads = projects.ensure(PROJECTS, PARTICIPANTS);
		System.out.printf(Locale.ROOT,
				"%nData set: %,d participants, %,d projects, %,d enrolments, %,d outcomes, %,d attendance records (%.0f s)%n",
				people.count(), PROJECTS, projects.enrolments(), projects.outcomes(), projects.attendanceRecords(),
				(System.nanoTime() - started) / 1e9);

		List<StaffMember> leadMembers = new ArrayList<>();
		List<WeitblickHttpClient> browsers = new ArrayList<>();
		List<UUID> pages = new ArrayList<>();
		List<UUID> waiting = new ArrayList<>();
		for (int i = 0; i < SIGNED_IN_LEADS; i++) {
			ProjectScaleData.Lead lead = leads.get((i * 97) % leads.size());
			WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port);
			browser.signIn(lead.username(), LandScaleData.PASSWORD);
			browsers.add(browser);
			leadMembers.add(this.organisation.staffMember(lead.username()).orElseThrow());
			pages.add(lead.projectId());
			waiting.add(this.jdbc.sql("""
					SELECT id FROM enrolment WHERE project_id = :project AND status = 'WAITING'
					ORDER BY referred_at DESC LIMIT 1
					""").param("project", lead.projectId()).query(UUID.class).single());
		}

		Measurement.Figures pageHttp = Measurement.measure(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = browsers.get(i % browsers.size())
				.get("/projects/" + pages.get(i % pages.size()), "Accept", "text/html");
			assertThat(page.statusCode()).isEqualTo(200);
		});
		Measurement.Figures pageFacade = Measurement.measure(WARM_UP, SAMPLES, i -> this.lists
			.ofProject(new ProjectId(pages.get(i % pages.size())), leadMembers.get(i % leadMembers.size())));
		Measurement.Figures waitingHttp = Measurement.measure(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> entry = browsers.get(i % browsers.size())
				.get("/api/v1/enrolments/" + waiting.get(i % waiting.size()), "Accept", "application/json");
			assertThat(entry.statusCode()).isEqualTo(200);
		});
		Measurement.Figures waitingSql = Measurement.measure(WARM_UP, SAMPLES, i -> this.jdbc.sql("""
				SELECT e.id, e.focus_groups, e.referred_at FROM enrolment e
				JOIN place_period pp ON pp.id = e.place_period_id
				WHERE pp.project_id = :project AND pp.label = '2026' AND e.status = 'WAITING'
				""").param("project", pages.get(i % pages.size())).query().listOfRows());

		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("project page as its lead, HTTP", pageHttp);
		Measurement.print("people of the project page, facade", pageFacade);
		Measurement.print("waiting-list place of a referral, HTTP", waitingHttp);
		Measurement.print("waiting list of a period, SQL", waitingSql);
	}

}
