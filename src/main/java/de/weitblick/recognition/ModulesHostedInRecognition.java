package de.weitblick.recognition;

import java.util.Collection;
import java.util.Map;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.RecognitionModulesHosted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the employer's engagement record the modules of recognition plans it hosted.
 */
@Component
@Transactional(readOnly = true)
class ModulesHostedInRecognition implements RecognitionModulesHosted {

	private final RecognitionStore store;

	ModulesHostedInRecognition(RecognitionStore store) {
		this.store = store;
	}

	@Override
	public Map<Integer, Integer> modulesStarted(EmployerId employer, int fromYear, int toYear) {
		return this.store.modulesStarted(employer, fromYear, toYear);
	}

	@Override
	public Map<EmployerId, Integer> modulesStarted(Collection<EmployerId> employers, int fromYear, int toYear) {
		return this.store.modulesStarted(employers, fromYear, toYear);
	}

}
