package de.weitblick.participant.referralimport;

import java.nio.charset.Charset;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BirthDateLocks;
import de.weitblick.participant.Catalogues;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Works through referral imports in the background, chunk by chunk. An instance works on
 * an import only while it holds the import's PostgreSQL advisory lock on a connection of
 * its own: the lock ends with the connection when the process dies, so another instance,
 * or this one after a restart, can tell an interrupted import from one under way and take
 * it up where the last committed chunk left it.
 */
@Component
public class ReferralImportRunner {

	/**
	 * The first key of every import's advisory lock (the second is the import's lock
	 * number), so that no other lock in the database can be taken for one.
	 */
	static final int LOCK_SPACE = 270701;

	/** Attempts at one chunk before the import is given up as failed. */
	private static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(ReferralImportRunner.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ReferralImportWriter writer;

	private final OrganisationManagement organisation;

	private final Catalogues participants;

	private final FocusGroupManagement focusGroups;

	private final ReferralImportSettings settings;

	private final Clock clock;

	private final PeopleAtWork peopleAtWork;

	private final ThreadPoolTaskExecutor executor;

	private final Set<UUID> underWay = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	ReferralImportRunner(JdbcClient jdbc, DataSource dataSource, ReferralImportWriter writer,
			OrganisationManagement organisation, Catalogues participants, FocusGroupManagement focusGroups,
			ReferralImportSettings settings, Clock clock, PeopleAtWork peopleAtWork) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.writer = writer;
		this.organisation = organisation;
		this.participants = participants;
		this.focusGroups = focusGroups;
		this.settings = settings;
		this.clock = clock;
		this.peopleAtWork = peopleAtWork;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(settings.parallelImports());
		this.executor.setMaxPoolSize(settings.parallelImports());
		this.executor.setThreadNamePrefix("referral-import-");
		this.executor.initialize();
	}

	/**
	 * Has the import worked on in the background, unless this instance does so already.
	 */
	void submit(ReferralImportId id) {
		if (!this.stopping && this.underWay.add(id.id())) {
			this.executor.execute(() -> {
				try {
					run(id, Integer.MAX_VALUE);
				}
				catch (RuntimeException ex) {
					log.error("Referral import {} stopped by an unexpected error; it is resumed later", id.id(), ex);
				}
				finally {
					this.underWay.remove(id.id());
				}
			});
		}
	}

	/**
	 * Whether this instance has the import waiting for a worker or works on it.
	 */
	boolean isQueued(ReferralImportId id) {
		return this.underWay.contains(id.id());
	}

	/**
	 * Works on an import until it is finished, or at most a number of chunks.
	 * @param maximumChunks how many chunks to store before stopping as if the process had
	 * died; {@link Integer#MAX_VALUE} for all
	 * @return whether the import is finished; false when another worker holds it or it
	 * stopped early
	 */
	public boolean run(ReferralImportId id, int maximumChunks) {
		return run(id, maximumChunks, this.settings.chunkSize());
	}

	/**
	 * Works on an import in chunks of the given size.
	 * @see #run(ReferralImportId, int)
	 */
	public boolean run(ReferralImportId id, int maximumChunks, int chunkSize) {
		Job job = job(id, false);
		if (job == null || job.finished()) {
			return true;
		}
		try (ImportLock lock = ImportLock.tryAcquire(this.dataSource, job.lockNumber())) {
			if (lock == null) {
				return false;
			}
			// Read again under the lock: another worker may have finished it meanwhile.
			job = job(id, true);
			if (job == null || job.finished()) {
				return true;
			}
			return work(job, maximumChunks, chunkSize, lock.birthDates());
		}
	}

	private boolean work(Job job, int maximumChunks, int chunkSize, HeldBirthDates birthDates) {
		ReferralImportId id = job.id();
		if (job.content() == null) {
			this.writer.finish(id, ReferralImportStatus.FAILED);
			return true;
		}
		this.writer.start(id);
		StaffMember importer = job.importer();
		// A partner's list: the counsellor set to take partners' referrals takes the
		// people whose row names nobody.
		StaffMember counsellor = (job.counsellorId() != null)
				? this.organisation.staffMember(job.counsellorId()).orElse(importer) : importer;
		ReferralRowCheck check = new ReferralRowCheck(LocalDate.now(this.clock), this.clock.instant(), counsellor,
				this.organisation.counsellors(importer.unitId()), this.participants.districts(),
				Pattern.compile(this.settings.customerNumberPattern()));
		FocusGroupClassifier classifier = this.focusGroups.classifier();
		ReferralFile file = ReferralFile.reopen(job.content(), Charset.forName(job.charset()), job.separator(),
				job.headerRow());
		int position = job.processedRows();
		int chunksLeft = maximumChunks;
		while (true) {
			Pass pass = new Pass(id, importer, file, check, classifier, chunkSize, chunksLeft, birthDates);
			switch (pass.from(position)) {
				case FINISHED -> {
					this.writer.finish(id, ReferralImportStatus.COMPLETED);
					return true;
				}
				case STOPPED, MOVED_ON -> {
					return false;
				}
				case UNREADABLE -> {
					this.writer.finish(id, ReferralImportStatus.FAILED);
					return true;
				}
				case FAILED -> {
					int failures = this.writer.recordFailure(id);
					log.warn("Referral import {}: storing the rows after {} failed ({} of {} attempts)", id.id(),
							pass.committed, failures, ATTEMPTS, pass.failure);
					if (failures >= ATTEMPTS) {
						this.writer.finish(id, ReferralImportStatus.FAILED);
						return true;
					}
					// Whatever was in flight behind the failed chunk was rolled back with
					// it.
					position = pass.committed;
					chunksLeft -= pass.chunksCommitted;
					if (this.stopping || chunksLeft <= 0) {
						return false;
					}
				}
			}
		}
	}

	private enum PassEnd {

		FINISHED, STOPPED, MOVED_ON, UNREADABLE, FAILED

	}

	/**
	 * One run through the file from a position until its end, a stop or a failed chunk.
	 * The next chunk is read and checked while the last ones are stored, so that the
	 * application's work and the database's overlap; up to
	 * {@code weitblick.referral-import.chunks-in-flight} chunks are stored at the same
	 * time, each on its own connection, and commit in file order.
	 */
	private final class Pass {

		private final ReferralImportId id;

		private final StaffMember importer;

		private final ReferralFile file;

		private final ReferralRowCheck check;

		private final FocusGroupClassifier classifier;

		private final int chunkSize;

		private final int maximumChunks;

		private final HeldBirthDates birthDates;

		private final Deque<InFlight> inFlight = new ArrayDeque<>();

		/** The chunk stored last, which the reader waits for while people work. */
		private volatile CompletableFuture<Void> storing = CompletableFuture.completedFuture(null);

		/** How far the file is stored for certain. */
		int committed;

		int chunksCommitted;

		RuntimeException failure;

		Pass(ReferralImportId id, StaffMember importer, ReferralFile file, ReferralRowCheck check,
				FocusGroupClassifier classifier, int chunkSize, int maximumChunks, HeldBirthDates birthDates) {
			this.id = id;
			this.importer = importer;
			this.file = file;
			this.check = check;
			this.classifier = classifier;
			this.chunkSize = chunkSize;
			this.maximumChunks = maximumChunks;
			this.birthDates = birthDates;
		}

		PassEnd from(int position) {
			this.committed = position;
			int chunks = 0;
			try (ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
					ExecutorService storers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory())) {
				Iterator<ReferralFile.Row> rows = this.file.rows(position);
				Callable<List<ReferralRowCheck.ReferralRow>> readChunk = () -> {
					int size = this.chunkSize;
					if (peopleAtWork.now()) {
						// While people work, the next chunk is read after the last one is
						// stored, not beside it and not beside its decision: the import
						// keeps one processor busy at most, and the people's requests
						// have the other.
						this.storing.exceptionally(failed -> null).join();
						size = Math.min(size, settings.chunkSizeWhileInUse());
					}
					List<ReferralRowCheck.ReferralRow> chunk = new ArrayList<>(size);
					while (rows.hasNext() && chunk.size() < size) {
						chunk.add(this.check.check(rows.next()).with(this.classifier));
					}
					return chunk;
				};
				Future<List<ReferralRowCheck.ReferralRow>> next = reader.submit(readChunk);
				CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
				int reached = position;
				long working = System.nanoTime();
				while (true) {
					if (chunks > 0) {
						// While people work, the pause follows the chunk's storing, so
						// that the database rests too.
						if (peopleAtWork.now() && !settleAll()) {
							return drainThen(PassEnd.FAILED);
						}
						working = pauseAfter(working);
					}
					List<ReferralRowCheck.ReferralRow> chunk;
					try {
						chunk = result(next);
					}
					catch (ReferralFileRefused ex) {
						// Read to its end before the import was accepted; it cannot
						// change
						// since.
						log.error("Referral import {} could not read its stored file at row {}", this.id.id(),
								ex.row());
						return drainThen(PassEnd.UNREADABLE);
					}
					if (chunk.isEmpty()) {
						return drainThen(PassEnd.FINISHED);
					}
					// While people work, one chunk at a time: a page waits behind at most
					// one.
					boolean atWork = peopleAtWork.now();
					if (!settleUntilFewerThan(atWork ? 1 : settings.chunksInFlight())) {
						return drainThen(PassEnd.FAILED);
					}
					if (!atWork) {
						next = reader.submit(readChunk);
					}
					Set<Integer> buckets = bucketsOf(chunk);
					if (!holdBirthDates(buckets)) {
						return drainThen(PassEnd.FAILED);
					}
					List<ReferralRowCheck.ReferralRow> stillStoring = new ArrayList<>();
					this.inFlight.forEach(earlier -> stillStoring.addAll(earlier.decision().created()));
					ReferralImportWriter.Decision decision;
					try {
						decision = writer.decide(this.id, chunk, this.importer, stillStoring);
					}
					catch (RuntimeException ex) {
						this.failure = ex;
						release(buckets);
						return drainThen(PassEnd.FAILED);
					}
					CompletableFuture<Void> before = last;
					int start = reached;
					last = CompletableFuture.runAsync(
							() -> writer.store(this.id, start, decision, () -> awaitChunkBefore(before)), storers);
					this.storing = last;
					if (atWork) {
						next = reader.submit(readChunk);
					}
					this.inFlight.add(new InFlight(start, chunk.size(), decision, last, buckets));
					reached += chunk.size();
					chunks++;
					if (stopping || chunks >= this.maximumChunks) {
						return drainThen(PassEnd.STOPPED);
					}
				}
			}
		}

		/**
		 * Leaves the processors, the database and the connections to the others for a
		 * while ({@code weitblick.referral-import.pause-ratio} of the time worked since
		 * the last pause, {@code pause-ratio-while-in-use} while people work in the
		 * application); the chunks in flight go on being stored meanwhile, no new one is
		 * begun.
		 * @return when work resumed
		 */
		private long pauseAfter(long workingSince) {
			long worked = System.nanoTime() - workingSince;
			double ratio = peopleAtWork.now() ? settings.pauseRatioWhileInUse() : settings.pauseRatio();
			long pause = (long) (worked * ratio);
			if (pause > 0 && !stopping) {
				try {
					Thread.sleep(java.time.Duration.ofNanos(pause));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return System.nanoTime();
		}

		/**
		 * Takes the locks of the chunk's birth dates before its rows are decided, so that
		 * what other imports and registrations committed on those days is seen and
		 * nothing is registered on them until this chunk has committed. Locks this import
		 * holds already for the chunks in flight are shared with them. Only when another
		 * import or a registration waits, or holds a lock needed, are the chunks in
		 * flight stored first and every lock given up: then this import waits behind the
		 * other one, holding nothing, so that neither waits for the other for ever.
		 * @return false when a chunk in flight failed or the locks could not be taken
		 */
		private boolean holdBirthDates(Set<Integer> buckets) {
			try {
				if (this.birthDates.othersWaitFor()) {
					if (!settleAll()) {
						return false;
					}
				}
				if (!this.birthDates.tryTake(buckets)) {
					if (!settleAll()) {
						return false;
					}
					this.birthDates.take(buckets);
				}
				return true;
			}
			catch (SQLException ex) {
				this.failure = new IllegalStateException("Could not lock the birth dates of a chunk", ex);
				return false;
			}
		}

		private void release(Set<Integer> buckets) {
			try {
				this.birthDates.give(buckets);
			}
			catch (SQLException ex) {
				if (this.failure == null) {
					this.failure = new IllegalStateException("Could not unlock the birth dates of a chunk", ex);
				}
			}
		}

		private boolean settleAll() {
			while (!this.inFlight.isEmpty()) {
				if (!settleOldest()) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Waits until fewer chunks than allowed are in flight.
		 * @return false when a chunk failed
		 */
		private boolean settleUntilFewerThan(int allowed) {
			while (this.inFlight.size() >= allowed) {
				if (!settleOldest()) {
					return false;
				}
			}
			// Those already done need not be compared with in memory.
			while (!this.inFlight.isEmpty() && this.inFlight.peek().stored().isDone()) {
				if (!settleOldest()) {
					return false;
				}
			}
			return true;
		}

		private boolean settleOldest() {
			InFlight oldest = this.inFlight.poll();
			try {
				oldest.stored().join();
				this.committed = oldest.start() + oldest.rows();
				this.chunksCommitted++;
				return true;
			}
			catch (CompletionException ex) {
				RuntimeException cause = (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
				if (this.failure == null || this.failure instanceof ChunkBeforeFailed) {
					this.failure = cause;
				}
				return false;
			}
			finally {
				// Committed or rolled back: either way visible to whoever waits.
				release(oldest.buckets());
			}
		}

		/**
		 * Waits for every chunk in flight; after a failed one, those behind it fail too.
		 */
		private PassEnd drainThen(PassEnd end) {
			boolean failed = this.failure != null;
			while (!this.inFlight.isEmpty()) {
				if (!settleOldest()) {
					failed = true;
				}
			}
			if (!failed) {
				return end;
			}
			return (this.failure instanceof ReferralImportWriter.ImportMovedOn) ? PassEnd.MOVED_ON : PassEnd.FAILED;
		}

	}

	/**
	 * A chunk being stored: where it starts, how many rows it has, and what was decided.
	 */
	private record InFlight(int start, int rows, ReferralImportWriter.Decision decision, CompletableFuture<Void> stored,
			Set<Integer> buckets) {
	}

	private static Set<Integer> bucketsOf(List<ReferralRowCheck.ReferralRow> chunk) {
		Set<Integer> buckets = new HashSet<>();
		for (ReferralRowCheck.ReferralRow row : chunk) {
			if (row.valid()) {
				buckets.add(BirthDateLocks.bucket(row.participant().details().birthDate()));
			}
		}
		return buckets;
	}

	private static void awaitChunkBefore(CompletableFuture<Void> before) {
		try {
			before.join();
		}
		catch (CompletionException | java.util.concurrent.CancellationException ex) {
			throw new ChunkBeforeFailed(ex);
		}
	}

	/**
	 * The chunk before failed, so this one, decided on its registrations, is rolled back
	 * too; not a failure of its own.
	 */
	static final class ChunkBeforeFailed extends RuntimeException {

		ChunkBeforeFailed(Throwable cause) {
			super("The chunk before failed", cause);
		}

	}

	private static List<ReferralRowCheck.ReferralRow> result(Future<List<ReferralRowCheck.ReferralRow>> chunk) {
		try {
			return chunk.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading a referral list", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Takes up every unfinished import at start-up: after a stop, nobody works on them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void resumeAtStartUp() {
		unfinished(false).forEach(this::submit);
	}

	/**
	 * Takes up imports another instance left behind when it died.
	 */
	@Scheduled(fixedDelayString = "${weitblick.referral-import.resume-after:1m}",
			initialDelayString = "${weitblick.referral-import.resume-after:1m}")
	void resumeStalled() {
		unfinished(true).forEach(this::submit);
	}

	/**
	 * Erases the reports of imports that finished longer ago than they are kept.
	 */
	@Scheduled(cron = "${weitblick.referral-import.erase-schedule:0 45 2 * * *}", zone = "Europe/Berlin")
	void eraseOldReports() {
		int erased = this.jdbc.sql("DELETE FROM referral_import WHERE finished_at < :cutOff")
			.param("cutOff", this.clock.instant().minus(this.settings.keepReports()).atOffset(ZoneOffset.UTC))
			.update();
		log.info("Referral imports: erased {} reports older than {}", erased, this.settings.keepReports());
	}

	private List<ReferralImportId> unfinished(boolean onlyStalled) {
		return this.jdbc.sql("""
				SELECT id FROM referral_import
				WHERE finished_at IS NULL
				  AND (NOT :onlyStalled OR COALESCE(progressed_at, uploaded_at) < :stalledBefore)
				ORDER BY uploaded_at
				""")
			.param("onlyStalled", onlyStalled)
			.param("stalledBefore", this.clock.instant().minus(this.settings.resumeAfter()).atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list()
			.stream()
			.map(ReferralImportId::new)
			.toList();
	}

	/**
	 * Whether an instance works on the import right now.
	 */
	boolean isUnderWay(int lockNumber) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = :space
				               AND objid::bigint = :lock AND objsubid = 2 AND granted)
				""").param("space", LOCK_SPACE).param("lock", lockNumber).query(Boolean.class).single();
	}

	@PreDestroy
	void stop() {
		// Each worker stops after its current chunk; what is left is resumed at the next
		// start.
		this.stopping = true;
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(30);
		this.executor.shutdown();
	}

	private Job job(ReferralImportId id, boolean withContent) {
		return this.jdbc.sql("""
				SELECT id, lock_number, unit_id, importer_id, importer_username, importer_role, importer_name, charset,
				       separator, header_row, CASE WHEN :withContent THEN content END AS content, processed_rows,
				       finished_at IS NOT NULL AS finished, counsellor_id
				FROM referral_import WHERE id = :id
				""")
			.param("id", id.id())
			.param("withContent", withContent)
			.query((rs, n) -> new Job(new ReferralImportId(rs.getObject("id", UUID.class)), rs.getInt("lock_number"),
					new StaffMember(rs.getObject("importer_id", UUID.class), rs.getString("importer_username"),
							rs.getString("importer_name"), Role.valueOf(rs.getString("importer_role")),
							rs.getObject("unit_id", UUID.class)),
					rs.getString("charset"), rs.getString("separator").charAt(0), rs.getInt("header_row"),
					rs.getBytes("content"), rs.getInt("processed_rows"), rs.getBoolean("finished"),
					rs.getObject("counsellor_id", UUID.class)))
			.optional()
			.orElse(null);
	}

	/**
	 * @param counsellorId who takes the people whose row names nobody; null: the importer
	 */
	private record Job(ReferralImportId id, int lockNumber, StaffMember importer, String charset, char separator,
			int headerRow, byte[] content, int processedRows, boolean finished, UUID counsellorId) {
	}

	/**
	 * A session-level advisory lock on a connection held for as long as the import runs.
	 */
	private static final class ImportLock implements AutoCloseable {

		private final Connection connection;

		private final int lockNumber;

		private final HeldBirthDates birthDates;

		private ImportLock(Connection connection, int lockNumber) {
			this.connection = connection;
			this.lockNumber = lockNumber;
			this.birthDates = new HeldBirthDates(connection);
		}

		/**
		 * The birth dates' locks, held in the import's session beside its own lock, so
		 * that the chunks in flight, each on a connection of its own, share them.
		 */
		HeldBirthDates birthDates() {
			return this.birthDates;
		}

		static ImportLock tryAcquire(DataSource dataSource, int lockNumber) {
			Connection connection = null;
			try {
				connection = dataSource.getConnection();
				connection.setAutoCommit(true);
				try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
					statement.setInt(1, LOCK_SPACE);
					statement.setInt(2, lockNumber);
					try (ResultSet result = statement.executeQuery()) {
						if (result.next() && result.getBoolean(1)) {
							return new ImportLock(connection, lockNumber);
						}
					}
				}
				connection.close();
				return null;
			}
			catch (SQLException ex) {
				closeQuietly(connection);
				throw new IllegalStateException("Could not lock referral import " + lockNumber, ex);
			}
		}

		@Override
		public void close() {
			// The import's lock and every birth date's still held.
			try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
				statement.execute();
				this.connection.close();
			}
			catch (SQLException ex) {
				// A connection whose lock state is unknown must not go back to the pool.
				try {
					this.connection.abort(Runnable::run);
				}
				catch (SQLException ignored) {
					// The pool replaces an aborted connection.
				}
			}
		}

		private static void closeQuietly(Connection connection) {
			if (connection != null) {
				try {
					connection.close();
				}
				catch (SQLException ignored) {
					// Nothing was locked on it.
				}
			}
		}

	}

	/**
	 * The birth-date locks ({@link BirthDateLocks}) an import holds in the session of its
	 * own lock, counted per chunk in flight: a lock is given back when the last chunk
	 * that needs it has committed. Used by the import's one worker thread only.
	 */
	static final class HeldBirthDates {

		private final Connection connection;

		private final Map<Integer, Integer> chunks = new HashMap<>();

		HeldBirthDates(Connection connection) {
			this.connection = connection;
		}

		/**
		 * @return whether another session waits for a lock held here
		 */
		boolean othersWaitFor() throws SQLException {
			if (this.chunks.isEmpty()) {
				return false;
			}
			try (PreparedStatement statement = this.connection.prepareStatement("""
					SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = ?
					               AND objsubid = 2 AND NOT granted AND objid::bigint = ANY(?))
					""")) {
				statement.setInt(1, BirthDateLocks.LOCK_SPACE);
				statement.setArray(2, array(this.chunks.keySet()));
				try (ResultSet result = statement.executeQuery()) {
					return result.next() && result.getBoolean(1);
				}
			}
		}

		/**
		 * Takes the locks not held yet, if nobody else holds one of them.
		 * @return false, holding nothing more, when somebody else holds one
		 */
		boolean tryTake(Set<Integer> buckets) throws SQLException {
			List<Integer> fresh = buckets.stream().filter(b -> !this.chunks.containsKey(b)).sorted().toList();
			if (!fresh.isEmpty()) {
				List<Integer> taken = new ArrayList<>(fresh.size());
				boolean all = true;
				try (PreparedStatement statement = this.connection
					.prepareStatement("SELECT k, pg_try_advisory_lock(?, k) FROM unnest(?) AS k")) {
					statement.setInt(1, BirthDateLocks.LOCK_SPACE);
					statement.setArray(2, array(fresh));
					try (ResultSet result = statement.executeQuery()) {
						while (result.next()) {
							if (result.getBoolean(2)) {
								taken.add(result.getInt(1));
							}
							else {
								all = false;
							}
						}
					}
				}
				if (!all) {
					unlock(taken);
					return false;
				}
			}
			buckets.forEach(bucket -> this.chunks.merge(bucket, 1, Integer::sum));
			return true;
		}

		/**
		 * Waits for the locks, in ascending order, as every importer takes them; only
		 * while holding none.
		 */
		void take(Set<Integer> buckets) throws SQLException {
			if (!this.chunks.isEmpty()) {
				throw new IllegalStateException("Waiting for birth-date locks while holding some");
			}
			try (PreparedStatement statement = this.connection
				.prepareStatement("SELECT count(pg_advisory_lock(?, k)) FROM unnest(?) AS k")) {
				statement.setInt(1, BirthDateLocks.LOCK_SPACE);
				statement.setArray(2, array(buckets.stream().sorted().toList()));
				statement.executeQuery().close();
			}
			buckets.forEach(bucket -> this.chunks.merge(bucket, 1, Integer::sum));
		}

		/**
		 * Gives back a chunk's share of the locks.
		 */
		void give(Set<Integer> buckets) throws SQLException {
			List<Integer> free = new ArrayList<>();
			for (Integer bucket : buckets) {
				Integer left = this.chunks.computeIfPresent(bucket, (b, n) -> (n > 1) ? n - 1 : null);
				if (left == null) {
					free.add(bucket);
				}
			}
			unlock(free);
		}

		private void unlock(Collection<Integer> buckets) throws SQLException {
			if (buckets.isEmpty()) {
				return;
			}
			try (PreparedStatement statement = this.connection
				.prepareStatement("SELECT count(pg_advisory_unlock(?, k)) FROM unnest(?) AS k")) {
				statement.setInt(1, BirthDateLocks.LOCK_SPACE);
				statement.setArray(2, array(buckets));
				statement.executeQuery().close();
			}
		}

		private Array array(Collection<Integer> values) throws SQLException {
			return this.connection.createArrayOf("integer", values.toArray(Integer[]::new));
		}

	}

}
