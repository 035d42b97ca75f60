package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An occupation a person would like to work in, as a position of the Federal Employment
 * Agency's classification of occupations (KldB 2010).
 *
 * @param kldbCode one to three digits: occupational area, main group or group; never null
 */
@Table("participant_occupation_interest")
public record OccupationInterest(String kldbCode) {

}
