package de.weitblick.project;

import java.time.LocalDate;

/**
 * A new period with its places, as a form or an API client sends it.
 *
 * @param label how people name the period, such as "2026/27", never blank
 * @param startsOn never null
 * @param endsOn never null
 * @param places zero or more
 */
public record PlacesPlan(String label, LocalDate startsOn, LocalDate endsOn, int places) {

}
