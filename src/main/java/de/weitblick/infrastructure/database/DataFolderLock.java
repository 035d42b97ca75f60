package de.weitblick.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the embedded database's data folder as this process's for as long as its server
 * runs: a file lock on a file beside the folder ({@code postgres.lock} for the folder
 * {@code postgres}; inside it, {@code initdb} would refuse the folder as not empty), with
 * the process id written into it. The operating system releases the lock when the process
 * ends in any way, {@code kill -9} included, so the next start can tell a server that a
 * dead Weitblick left running (stopped, then started afresh) from one that another
 * running Weitblick uses (refused).
 */
final class DataFolderLock implements AutoCloseable {

	static final String SUFFIX = ".lock";

	/** How long a server left behind gets to shut down. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(DataFolderLock.class);

	private final FileChannel channel;

	private final FileLock lock;

	private final Path file;

	private final boolean temporary;

	private DataFolderLock(FileChannel channel, FileLock lock, Path file, boolean temporary) {
		this.channel = channel;
		this.lock = lock;
		this.file = file;
		this.temporary = temporary;
	}

	/**
	 * @return the lock file beside the folder
	 */
	static Path file(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
	}

	/**
	 * Takes the folder, and stops a PostgreSQL that a process no longer running left on
	 * it.
	 * @param folder the data folder, must exist
	 * @param temporary whether the folder is deleted when the server stops; its lock file
	 * is deleted then too
	 * @return the lock, to be closed when the server has stopped
	 * @throws EmbeddedDatabaseInUse when another running process holds the folder
	 */
	static DataFolderLock acquire(Path folder, boolean temporary) {
		Path file = file(folder);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				// Held by this very process, through another channel.
				lock = null;
			}
			if (lock == null) {
				String owner = owner(channel);
				channel.close();
				throw new EmbeddedDatabaseInUse(folder, owner);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
					0);
			channel.force(true);
			DataFolderLock taken = new DataFolderLock(channel, lock, file, temporary);
			try {
				stopServerLeftBehind(folder);
			}
			catch (RuntimeException ex) {
				taken.close();
				throw ex;
			}
			return taken;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot lock the embedded database folder " + folder, ex);
		}
	}

	/**
	 * A {@code postmaster.pid} whose server still runs, while nobody holds the folder:
	 * the Weitblick that started it died without stopping it. It is stopped as a fast
	 * shutdown would (its clients died with that process), so it writes everything
	 * committed to disk; the fresh start then finds the data as it was.
	 */
	private static void stopServerLeftBehind(Path folder) throws IOException {
		Path pidFile = folder.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		long pid;
		try {
			pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			pid = -1;
		}
		Optional<ProcessHandle> process = (pid > 0) ? ProcessHandle.of(pid) : Optional.empty();
		if (process.isEmpty() || !process.get().isAlive()) {
			// PostgreSQL tells a stale file by itself.
			return;
		}
		String command = process.get().info().command().orElse("");
		if (!command.contains("postgres")) {
			// The number went to another program since: the file is stale, and PostgreSQL
			// would take it for a server still running.
			log.warn("Removing the stale {} (process {} is {}, not PostgreSQL)", pidFile, pid, command);
			Files.delete(pidFile);
			return;
		}
		log.warn("Stopping the embedded PostgreSQL (process {}) that a Weitblick no longer running left on {}", pid,
				folder);
		stop(process.get());
	}

	private static void stop(ProcessHandle postmaster) throws IOException {
		if (!interrupt(postmaster)) {
			postmaster.destroy();
		}
		try {
			postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the embedded PostgreSQL left behind shut down", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("The embedded PostgreSQL left behind (process " + postmaster.pid()
					+ ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s", ex);
		}
	}

	/**
	 * SIGINT asks the postmaster for a fast shutdown: sessions are ended, everything
	 * committed is written; SIGTERM (what {@link ProcessHandle#destroy()} sends) would
	 * wait for every client to leave.
	 * @return false where there is no {@code kill} command (Windows)
	 */
	private static boolean interrupt(ProcessHandle postmaster) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).redirectErrorStream(true)
				.start();
			kill.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			return kill.waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String owner(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(32);
			channel.read(buffer, 0);
			String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
			return pid.isEmpty() ? "?" : pid;
		}
		catch (IOException ex) {
			return "?";
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ex) {
			// Released with the channel below anyway.
		}
		closeQuietly(this.channel);
		if (this.temporary) {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				log.debug("Could not delete the lock file {}", this.file, ex);
			}
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				log.debug("Could not close the lock file", ex);
			}
		}
	}

}
