package de.weitblick.employer;

/**
 * The seats an employer offered in one year, by kind.
 *
 * @param year the calendar year
 * @param internshipSeats seats in internships
 * @param moduleSeats seats in internship modules for recognition
 * @param tasterSeats seats in "Handwerk live" taster slots
 * @param hireSeats jobs and apprenticeship places
 */
public record OfferYear(int year, int internshipSeats, int moduleSeats, int tasterSeats, int hireSeats) {

}
