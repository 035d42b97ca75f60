package de.weitblick.matching.engine;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once per process, before any solver is built.
 */
public final class NativeSolvers {

	private static volatile boolean loaded;

	private NativeSolvers() {
	}

	/**
	 * Loads the native library of this platform unless it is loaded already.
	 * @throws UnsatisfiedLinkError when the build did not package this platform's library
	 */
	public static void load() {
		if (!loaded) {
			synchronized (NativeSolvers.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

}
