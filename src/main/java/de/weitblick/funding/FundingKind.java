package de.weitblick.funding;

/**
 * Where the money of a funding programme comes from.
 */
public enum FundingKind {

	/** A programme of the Land, such as the Hessian AQB. */
	STATE,

	/** A European programme, such as ESF Plus. */
	EUROPEAN,

	/** The city's own budget. */
	MUNICIPAL,

	/** A contract with the Jobcenter or the employment agency. */
	JOBCENTER,

	/** A federal programme. */
	FEDERAL,

	/** Foundations and other sources. */
	OTHER;

	public String messageKey() {
		return "funding.kind." + name();
	}

}
