package de.weitblick.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros, held in cents so that sums never drift.
 *
 * @param cents the amount in cents; may be negative
 */
public record Money(long cents) {

	public static final Money ZERO = new Money(0);

	/**
	 * @param euros must not be null; rounded half up to the cent
	 * @return never null
	 */
	public static Money ofEuros(BigDecimal euros) {
		return new Money(euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.cents, other.cents));
	}

	/**
	 * This amount per unit times a quantity, rounded half up to the cent.
	 * @param quantity must not be null
	 * @return never null
	 */
	public Money times(BigDecimal quantity) {
		return new Money(
				BigDecimal.valueOf(this.cents).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	/**
	 * @return the amount in euros with two decimals, never null
	 */
	public BigDecimal euros() {
		return BigDecimal.valueOf(this.cents, 2);
	}

}
