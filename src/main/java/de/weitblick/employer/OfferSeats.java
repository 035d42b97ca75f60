package de.weitblick.employer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of offers taken, by placements and by modules of recognition plans alike, so
 * that no offer takes more people than it has seats.
 */
@Service
public class OfferSeats {

	private final JdbcClient jdbc;

	private final ObjectProvider<OfferSeatsHeld> sources;

	OfferSeats(JdbcClient jdbc, ObjectProvider<OfferSeatsHeld> sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	/**
	 * Holds the offer's seats until the calling transaction ends, so that two people
	 * never take its last seat at once.
	 * @param offer must not be null
	 */
	@Transactional(readOnly = true)
	public void claim(OfferId offer) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:offer AS text), 0))")
			.param("offer", offer.id())
			.query(Object.class)
			.single();
	}

	/**
	 * @param offer must not be null
	 * @return the seats of the offer held by every module that takes them
	 */
	@Transactional(readOnly = true)
	public int held(OfferId offer) {
		return held(List.of(offer)).getOrDefault(offer, 0);
	}

	/**
	 * @param offers must not be null
	 * @return per offer, the seats held by every module that takes them; offers without
	 * any are left out; never null
	 */
	@Transactional(readOnly = true)
	public Map<OfferId, Integer> held(Collection<OfferId> offers) {
		Map<OfferId, Integer> held = new HashMap<>();
		if (offers.isEmpty()) {
			return held;
		}
		this.sources.orderedStream()
			.forEach(source -> source.seatsHeld(offers)
				.forEach((offer, seats) -> held.merge(offer, seats, Integer::sum)));
		return held;
	}

}
