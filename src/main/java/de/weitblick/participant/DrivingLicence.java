package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A driving licence class a person holds.
 *
 * @param licenceClass never null
 */
@Table("participant_driving_licence")
public record DrivingLicence(DrivingLicenceClass licenceClass) {

}
