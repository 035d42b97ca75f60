package de.weitblick.employer;

import java.util.List;

/**
 * An employer's page: its details, its offers and what the reader may do.
 *
 * @param employer never null
 * @param offers the latest first, never null
 * @param mayChange whether the reader may change the details
 * @param mayMaintainOffers whether the reader may add and change offers
 */
public record EmployerView(Employer employer, List<Offer> offers, boolean mayChange, boolean mayMaintainOffers) {

	public EmployerView {
		offers = List.copyOf(offers);
	}

}
