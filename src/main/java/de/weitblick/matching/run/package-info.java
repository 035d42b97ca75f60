/**
 * Matching runs: reading the people and places, keeping them with the run, solving in the
 * background and writing the proposals in one transaction.
 */
package de.weitblick.matching.run;
