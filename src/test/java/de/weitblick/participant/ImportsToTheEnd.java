package de.weitblick.participant;

import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportRunner;

/**
 * Works on a referral import in a test until it is finished, as the background worker
 * would.
 */
final class ImportsToTheEnd {

	private static final int ATTEMPTS = 6_000;

	private static final long PAUSE_MILLIS = 20;

	private ImportsToTheEnd() {
	}

	/**
	 * Runs the import until it is finished; a background worker may hold it meanwhile
	 * (after a start-up or a scheduled check), then this waits for that one, at most two
	 * minutes.
	 * @throws IllegalStateException when it did not finish by then
	 */
	static void awaitFinished(ReferralImportRunner runner, ReferralImportId id) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			if (runner.run(id, Integer.MAX_VALUE)) {
				return;
			}
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Import " + id.id() + " did not finish");
	}

}
