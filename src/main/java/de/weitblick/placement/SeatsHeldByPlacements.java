package de.weitblick.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferSeatsHeld;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of offers that placements hold: every placement not ended.
 */
@Component
@Transactional(readOnly = true)
class SeatsHeldByPlacements implements OfferSeatsHeld {

	private final JdbcClient jdbc;

	SeatsHeldByPlacements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<OfferId, Integer> seatsHeld(Collection<OfferId> offers) {
		Map<OfferId, Integer> held = new HashMap<>();
		if (offers.isEmpty()) {
			return held;
		}
		this.jdbc.sql("""
				SELECT offer_id, count(*) FROM placement
				WHERE offer_id = ANY(CAST(:offers AS uuid[])) AND status <> 'ENDED' GROUP BY offer_id
				""")
			.param("offers", offers.stream().map(OfferId::id).toArray(UUID[]::new))
			.query((rs, n) -> held.put(new OfferId(rs.getObject(1, UUID.class)), rs.getInt(2)))
			.list();
		return held;
	}

}
