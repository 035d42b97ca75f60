package de.weitblick.funding.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in euros as entered, in cents as stored.
 */
final class Money {

	private Money() {
	}

	static long cents(BigDecimal euros) {
		return (euros != null) ? euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact() : 0L;
	}

	static BigDecimal euros(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

}
