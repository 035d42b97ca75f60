package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A child living in the person's household, known only by its year of birth: enough to
 * tell whether it is a minor, no more (data minimisation).
 *
 * @param birthYear the year of birth
 */
@Table("participant_child")
public record ChildInHousehold(int birthYear) {

}
