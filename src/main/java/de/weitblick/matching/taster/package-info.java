/**
 * Taster-day schedules: reading the team's pupils and the open taster slots, keeping them
 * with the schedule, solving with CP-SAT in the background and writing who got which slot
 * in one transaction.
 */
package de.weitblick.matching.taster;
