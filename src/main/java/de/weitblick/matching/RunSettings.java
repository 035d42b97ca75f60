package de.weitblick.matching;

import java.util.Map;
import java.util.TreeMap;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * The side constraints a team sets for its runs of a scope.
 *
 * @param scope never null
 * @param version to send back with a change; 0 before the first change
 * @param keepEarlier whether open proposals of the run before are kept where a change
 * serves little better ("keep what was already agreed")
 * @param quotas per focus group, the minimum share of the places given (percent, 1 to
 * 100); never null
 */
public record RunSettings(RunScope scope, int version, boolean keepEarlier, Map<FocusGroupCode, Integer> quotas) {

	public RunSettings {
		quotas = new TreeMap<>(quotas);
	}

	/**
	 * @return the quotas as kept with a run: "CODE=percent;..."
	 */
	public String quotasText() {
		StringBuilder text = new StringBuilder();
		this.quotas.forEach((group,
				percent) -> text.append(text.isEmpty() ? "" : ";").append(group.name()).append('=').append(percent));
		return text.toString();
	}

	/**
	 * @return the quotas kept with a run
	 */
	public static Map<FocusGroupCode, Integer> quotasOf(String text) {
		Map<FocusGroupCode, Integer> quotas = new TreeMap<>();
		if (text != null && !text.isBlank()) {
			for (String entry : text.split(";")) {
				String[] pair = entry.split("=");
				quotas.put(FocusGroupCode.valueOf(pair[0]), Integer.parseInt(pair[1]));
			}
		}
		return quotas;
	}

}
