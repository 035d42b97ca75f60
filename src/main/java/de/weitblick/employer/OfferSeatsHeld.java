package de.weitblick.employer;

import java.util.Collection;
import java.util.Map;

/**
 * The seats of offers that another module's records hold (placements, modules of
 * recognition plans): an offer's seats are shared by all of them, without the employer
 * module depending on those modules. Every Spring bean implementing it is asked.
 */
public interface OfferSeatsHeld {

	/**
	 * @param offers must not be null
	 * @return per offer, the seats held; offers without any may be left out; never null
	 */
	Map<OfferId, Integer> seatsHeld(Collection<OfferId> offers);

}
