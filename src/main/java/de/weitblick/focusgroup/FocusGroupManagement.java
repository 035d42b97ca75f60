package de.weitblick.focusgroup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.shared.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The focus group module's facade.
 */
@Service
@Transactional(readOnly = true)
public class FocusGroupManagement {

	private final JdbcClient jdbc;

	private final FocusGroupSettings settings;

	FocusGroupManagement(JdbcClient jdbc, FocusGroupSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * A classifier with today's configuration: all dated rules and the migration
	 * definition in force.
	 * @return never null
	 */
	public FocusGroupClassifier classifier() {
		return new FocusGroupClassifier(focusGroups(), this.settings.migrationDefinition());
	}

	/**
	 * @return the definition of a migration history in force, never null
	 */
	public MigrationDefinition migrationDefinition() {
		return this.settings.migrationDefinition();
	}

	/**
	 * @return the five focus groups in their agreed order, each with its rules; never
	 * null
	 */
	public List<FocusGroup> focusGroups() {
		List<FocusGroupCode> order = this.jdbc.sql("SELECT code FROM focus_group ORDER BY sort_order")
			.query((rs, n) -> FocusGroupCode.valueOf(rs.getString("code")))
			.list();
		Map<FocusGroupCode, List<FocusGroupRule>> rules = this.jdbc.sql("""
				SELECT id, focus_group_code, valid_from, valid_to, criterion, threshold, legal_basis
				FROM focus_group_rule ORDER BY valid_from, criterion
				""")
			.query((rs, n) -> new FocusGroupRule(rs.getObject("id", UUID.class),
					FocusGroupCode.valueOf(rs.getString("focus_group_code")),
					new Period(rs.getObject("valid_from", java.time.LocalDate.class),
							rs.getObject("valid_to", java.time.LocalDate.class)),
					rs.getString("criterion"), (Integer) rs.getObject("threshold"), rs.getString("legal_basis")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(FocusGroupRule::focusGroup));
		return order.stream().map(code -> new FocusGroup(code, rules.getOrDefault(code, List.of()))).toList();
	}

	/**
	 * @param code must not be null
	 * @return the focus group, or empty when it is not configured
	 */
	public Optional<FocusGroup> focusGroup(FocusGroupCode code) {
		return focusGroups().stream().filter(group -> group.code() == code).findFirst();
	}

	/**
	 * Parses a code as a person or a client typed it.
	 * @param code may be null
	 * @return the matching code, or empty when it names no focus group
	 */
	public static Optional<FocusGroupCode> parse(String code) {
		return Arrays.stream(FocusGroupCode.values()).filter(value -> value.name().equalsIgnoreCase(code)).findFirst();
	}

}
