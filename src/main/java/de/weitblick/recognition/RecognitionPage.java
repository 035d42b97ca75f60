package de.weitblick.recognition;

import java.util.List;

import de.weitblick.employer.ModuleOffer;

/**
 * A recognition case's page in one read: the case and, while it is in progress, the
 * internship modules employers offer that a plan may take.
 *
 * @param recognition never null
 * @param moduleOffers open internship-module offers, empty once recognised; never null
 */
public record RecognitionPage(RecognitionCase recognition, List<ModuleOffer> moduleOffers) {

	public RecognitionPage {
		moduleOffers = List.copyOf(moduleOffers);
	}

}
