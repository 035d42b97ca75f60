package de.weitblick.e2e;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.e2e.BrowserFixture.Language;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project lead reads a project's figures as charts that say what their tables say: a
 * number hidden for being small is a gap in its own place, every category is labelled,
 * and a chart without any value says so instead of staying empty.
 */
@WeitblickIntegrationTest
class ProjectFiguresBrowserTests {

	@RegisterExtension
	static final BrowserFixture browser = new BrowserFixture();

	/** What the chart drawn from a table holds, as ECharts was given it. */
	private static final String CHART_OF = """
			table => {
			  const element = document.querySelector('[data-chart-table="' + table + '"]');
			  const option = window.echarts.getInstanceByDom(element).getOption();
			  const drawn = [...element.querySelectorAll('svg text')].map(text => text.textContent).join('');
			  return {
			    labels: option.xAxis[0].data,
			    interval: option.xAxis[0].axisLabel.interval,
			    values: option.series.map(series => series.data),
			    drawn: drawn.replace(/\\s+/g, '')
			  };
			}
			""";

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Clock clock;

	ProjectsOfTheirOwn own;

	ProjectId project;

	@BeforeEach
	void projectWithOneYoungPersonAndThreeLongTermUnemployed() {
		this.own = new ProjectsOfTheirOwn(this.projects, this.placesPlanning, this.referrals, this.enrolments,
				this.participants, this.organisation, this.clock);
		this.project = this.own.project(ProjectsOfTheirOwn.uniqueName("Kennzahlen "), 10);
		this.own.takingPart(this.project,
				this.own.person(ProjectsOfTheirOwn.uniqueName("Jung"), this.own.today().minusYears(20), null));
		for (int i = 0; i < 3; i++) {
			this.own.takingPart(this.project, this.own.person(ProjectsOfTheirOwn.uniqueName("Lang"),
					this.own.today().minusYears(45), this.own.today().minusYears(2)));
		}
	}

	@Test
	void aNumberHiddenForBeingSmallIsAGapInItsPlaceAndEveryCategoryIsLabelled() {
		Page page = browser.signedInAs("projektleitung", Language.GERMAN);
		SiteTour.visit(page, "/projects/" + this.project.id(), 200);

		Locator table = page.locator("#focus-group-table");
		assertThat(table.locator("tbody tr").first()).containsText("< 3");
		List<String> labels = table.locator("tbody th").allTextContents().stream().map(String::strip).toList();
		List<Object> values = new ArrayList<>();
		for (Locator cell : table.locator("tbody td").all()) {
			String value = cell.getAttribute("data-value");
			values.add((value == null || value.isEmpty()) ? null : Integer.valueOf(value));
		}
		assertThat(values).as("the table").containsExactly(null, 0, 4, 3, 0);

		Map<?, ?> chart = chartOf(page, "focus-group-table");
		assertThat(chart.get("labels")).as("the chart's categories").isEqualTo(labels);
		assertThat(chart.get("values")).as("the chart's bars").isEqualTo(List.of(values));
		assertThat(chart.get("interval")).as("no label skipped").isEqualTo(0);
		for (String label : labels) {
			assertThat((String) chart.get("drawn")).as("label drawn").contains(label.replaceAll("\\s+", ""));
		}
	}

	@Test
	void aChartWithoutAnyValueSaysSoInGermanAndInEnglish() {
		Page page = browser.signedInAs("projektleitung", Language.GERMAN);
		SiteTour.visit(page, "/projects/" + this.project.id(), 200);
		// Nobody has left yet: no outcome and no indicator has a value.
		assertThat(page.locator("[data-chart-table=outcome-table]")).hasText("Keine Werte im Zeitraum");
		assertThat(page.locator("[data-chart-table=outcome-table] svg")).hasCount(0);
		assertThat(page.locator("[data-chart-table=indicator-table]")).hasText("Keine Werte im Zeitraum");
		assertThat(page.locator("[data-chart-table=focus-group-table] svg")).isVisible();

		page = browser.signedInAs("projektleitung", Language.ENGLISH);
		SiteTour.visit(page, "/projects/" + this.project.id(), 200);
		assertThat(page.locator("[data-chart-table=outcome-table]")).hasText("No values in the period");
	}

	private static Map<?, ?> chartOf(Page page, String table) {
		return (Map<?, ?>) page.evaluate(CHART_OF, table);
	}

}
