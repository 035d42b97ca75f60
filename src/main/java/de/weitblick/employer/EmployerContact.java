package de.weitblick.employer;

import java.util.UUID;

/**
 * A contact person of an employer.
 *
 * @param name never blank
 * @param role what the person does for the employer, may be null
 * @param email may be null
 * @param phone may be null
 * @param accountId the employer account the person signs in with, or null
 */
public record EmployerContact(String name, String role, String email, String phone, UUID accountId) {

}
