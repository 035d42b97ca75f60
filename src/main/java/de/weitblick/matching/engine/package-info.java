/**
 * The optimisation engine on its own input model: participants × places as a min-cost
 * flow, side constraints as an integer programme, taster days with CP-SAT.
 */
package de.weitblick.matching.engine;
