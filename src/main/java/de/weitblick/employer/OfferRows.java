package de.weitblick.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The rules an offer keeps and how it is stored in and read from its row.
 */
final class OfferRows {

	static final String OFFER_COLUMNS = """
			o.id, o.version, o.employer_id, e.name AS employer_name, o.kind, o.title, o.field, o.occupation,
			o.competence_area, o.weeks, o.trade, o.starts_on, o.ends_on, o.seats, o.requirements""";

	private OfferRows() {
	}

	static OfferDetails check(OfferDetails details) {
		if (details.kind() == null) {
			throw new RuleViolation("kind", "employer.rule.offer.kind-required");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new RuleViolation("title", "employer.rule.offer.title-required");
		}
		if (details.field() == null) {
			throw new RuleViolation("field", "employer.rule.offer.field-required");
		}
		if (details.startsOn() == null) {
			throw new RuleViolation("startsOn", "employer.rule.offer.starts-on-required");
		}
		if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			throw new RuleViolation("endsOn", "employer.rule.offer.ends-before-start");
		}
		if (details.seats() < 1 || details.seats() > 10_000) {
			throw new RuleViolation("seats", "employer.rule.offer.seats", details.seats());
		}
		if (details.kind() == OfferKind.INTERNSHIP_MODULE) {
			if (EmployerTexts.blankToNull(details.occupation()) == null) {
				throw new RuleViolation("occupation", "employer.rule.offer.module-occupation");
			}
			if (EmployerTexts.blankToNull(details.competenceArea()) == null) {
				throw new RuleViolation("competenceArea", "employer.rule.offer.module-competence-area");
			}
			if (details.weeks() == null || details.weeks() < 1 || details.weeks() > 52) {
				throw new RuleViolation("weeks", "employer.rule.offer.module-weeks");
			}
		}
		if (details.kind() == OfferKind.TASTER_SLOT) {
			if (EmployerTexts.blankToNull(details.trade()) == null) {
				throw new RuleViolation("trade", "employer.rule.offer.slot-trade");
			}
			if (details.endsOn() != null && !details.endsOn().equals(details.startsOn())) {
				throw new RuleViolation("endsOn", "employer.rule.offer.slot-one-day");
			}
		}
		boolean module = details.kind() == OfferKind.INTERNSHIP_MODULE;
		return new OfferDetails(details.kind(), details.title().strip(), details.field(),
				EmployerTexts.blankToNull(details.occupation()),
				module ? EmployerTexts.blankToNull(details.competenceArea()) : null, module ? details.weeks() : null,
				(details.kind() == OfferKind.TASTER_SLOT) ? EmployerTexts.blankToNull(details.trade()) : null,
				details.startsOn(), (details.kind() == OfferKind.TASTER_SLOT) ? details.startsOn() : details.endsOn(),
				details.seats(), EmployerTexts.blankToNull(details.requirements()));
	}

	static MapSqlParameterSource parameters(UUID id, OfferDetails details) {
		String searchTitle = EmployerTexts
			.searchName(String.join(" ", details.title(), (details.occupation() != null) ? details.occupation() : "",
					(details.trade() != null) ? details.trade() : ""));
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("kind", details.kind().name())
			.addValue("title", details.title())
			.addValue("searchTitle", searchTitle)
			.addValue("field", details.field().name())
			.addValue("occupation", details.occupation())
			.addValue("competenceArea", details.competenceArea())
			.addValue("weeks", details.weeks())
			.addValue("trade", details.trade())
			.addValue("startsOn", details.startsOn())
			.addValue("endsOn", details.endsOn())
			.addValue("seats", details.seats())
			.addValue("requirements", details.requirements());
	}

	static Offer offer(ResultSet rs, int row) throws SQLException {
		Integer weeks = rs.getObject("weeks", Integer.class);
		return new Offer(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("employer_id", UUID.class),
				rs.getString("employer_name"),
				new OfferDetails(OfferKind.valueOf(rs.getString("kind")), rs.getString("title"),
						OccupationalField.valueOf(rs.getString("field")), rs.getString("occupation"),
						rs.getString("competence_area"), weeks, rs.getString("trade"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						rs.getInt("seats"), rs.getString("requirements")));
	}

}
