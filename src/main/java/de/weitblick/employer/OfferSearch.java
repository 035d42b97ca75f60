package de.weitblick.employer;

import java.time.LocalDate;

/**
 * A search for offers.
 *
 * @param text words of the title, occupation or trade, may be null
 * @param kind may be null for every kind
 * @param field may be null for every field
 * @param openOn only offers not ended on this day, may be null
 * @param page from 0
 * @param size 1 to 100
 */
public record OfferSearch(String text, OfferKind kind, OccupationalField field, LocalDate openOn, int page, int size) {

}
