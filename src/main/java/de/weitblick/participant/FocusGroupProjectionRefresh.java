package de.weitblick.participant;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.focusgroup.FocusGroup;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.focusgroup.FocusGroupRule;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored focus-group periods in step with the rules: when a rule was added for
 * a change in law, or the office chose the other definition of a migration history, every
 * participant's periods are computed again at start-up. The row lock lets only one
 * instance do it.
 */
@Component
class FocusGroupProjectionRefresh {

	private static final Logger log = LoggerFactory.getLogger(FocusGroupProjectionRefresh.class);

	private final FocusGroupManagement focusGroups;

	private final FocusGroupProjection participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	FocusGroupProjectionRefresh(FocusGroupManagement focusGroups, FocusGroupProjection participants, JdbcClient jdbc,
			Clock clock) {
		this.focusGroups = focusGroups;
		this.participants = participants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Order(0)
	@Transactional
	void on(ApplicationStartedEvent event) {
		String fingerprint = fingerprint();
		this.jdbc.sql("""
				INSERT INTO focus_group_projection (id, fingerprint, computed_at) VALUES (1, '', :now)
				ON CONFLICT (id) DO NOTHING
				""").param("now", this.clock.instant().atOffset(ZoneOffset.UTC)).update();
		String stored = this.jdbc.sql("SELECT fingerprint FROM focus_group_projection WHERE id = 1 FOR UPDATE")
			.query(String.class)
			.single();
		if (!fingerprint.equals(stored)) {
			int count = this.participants.recomputeFocusGroups();
			this.jdbc
				.sql("UPDATE focus_group_projection SET fingerprint = :fingerprint, computed_at = :now WHERE id = 1")
				.param("fingerprint", fingerprint)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			log.info("Focus-group rules changed: recomputed the focus groups of {} participants", count);
		}
	}

	private String fingerprint() {
		return this.focusGroups.migrationDefinition() + "|"
				+ this.focusGroups.focusGroups()
					.stream()
					.map(FocusGroup::rules)
					.flatMap(java.util.List::stream)
					.sorted(Comparator.comparing(rule -> rule.id().toString()))
					.map(FocusGroupProjectionRefresh::describe)
					.collect(Collectors.joining(";"));
	}

	private static String describe(FocusGroupRule rule) {
		return rule.id() + "," + rule.focusGroup() + "," + rule.validity().start() + "," + rule.validity().end() + ","
				+ rule.criterion() + "," + rule.threshold();
	}

}
