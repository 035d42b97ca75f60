package de.weitblick.matching.web;

import java.util.EnumMap;
import java.util.Map;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.matching.RunScope;
import de.weitblick.matching.RunSettings;

/**
 * The side constraints of a scope as the settings form sends them.
 */
public class SettingsForm {

	private RunScope scope = RunScope.TEAM;

	private int version;

	private boolean keepEarlier = true;

	private Map<FocusGroupCode, Integer> quotas = new EnumMap<>(FocusGroupCode.class);

	static SettingsForm of(RunSettings settings) {
		SettingsForm form = new SettingsForm();
		form.scope = settings.scope();
		form.version = settings.version();
		form.keepEarlier = settings.keepEarlier();
		form.quotas = new EnumMap<>(FocusGroupCode.class);
		form.quotas.putAll(settings.quotas());
		return form;
	}

	/**
	 * @return the quotas filled in, empty fields left out
	 */
	Map<FocusGroupCode, Integer> givenQuotas() {
		Map<FocusGroupCode, Integer> given = new EnumMap<>(FocusGroupCode.class);
		this.quotas.forEach((group, percent) -> {
			if (percent != null) {
				given.put(group, percent);
			}
		});
		return given;
	}

	public RunScope getScope() {
		return this.scope;
	}

	public void setScope(RunScope scope) {
		this.scope = scope;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public boolean isKeepEarlier() {
		return this.keepEarlier;
	}

	public void setKeepEarlier(boolean keepEarlier) {
		this.keepEarlier = keepEarlier;
	}

	public Map<FocusGroupCode, Integer> getQuotas() {
		return this.quotas;
	}

	public void setQuotas(Map<FocusGroupCode, Integer> quotas) {
		this.quotas = quotas;
	}

}
