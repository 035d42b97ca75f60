package de.weitblick.employer;

import java.util.Collection;
import java.util.Map;

/**
 * The internship modules for recognition an employer hosted, told by the module that
 * keeps the recognition plans: the engagement record counts them without the employer
 * module depending on that module. Every Spring bean implementing it is asked.
 */
public interface RecognitionModulesHosted {

	/**
	 * @param employer must not be null
	 * @param fromYear first calendar year
	 * @param toYear last calendar year
	 * @return the modules started at the employer per year; years without any may be left
	 * out; never null
	 */
	Map<Integer, Integer> modulesStarted(EmployerId employer, int fromYear, int toYear);

	/**
	 * The modules several employers hosted, in one read.
	 * @param employers must not be null
	 * @param fromYear first calendar year
	 * @param toYear last calendar year
	 * @return the modules started at each employer over the whole period; employers
	 * without any may be left out; never null
	 */
	Map<EmployerId, Integer> modulesStarted(Collection<EmployerId> employers, int fromYear, int toYear);

}
