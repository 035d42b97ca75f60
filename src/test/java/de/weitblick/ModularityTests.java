package de.weitblick;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/architecture.md hold: no module reaches into another's
 * internals or uses a module it has not declared.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WeitblickApplication.class);

	@Test
	void everyModuleUsesOnlyWhatItDeclares() {
		this.modules.verify();
	}

	@Test
	void theModuleDocumentationIsWritten() {
		new Documenter(this.modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
