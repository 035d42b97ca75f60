package de.weitblick.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Finds elements the way a screen reader announces them: by role and exact accessible
 * name.
 */
final class AccessibleNames {

	private AccessibleNames() {
	}

	/**
	 * @param name the exact accessible name, must not be null
	 * @return options for {@link Page#getByRole}
	 */
	static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	/**
	 * @param name the exact accessible name, must not be null
	 * @return options for {@link Locator#getByRole}
	 */
	static Locator.GetByRoleOptions namedWithin(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

}
