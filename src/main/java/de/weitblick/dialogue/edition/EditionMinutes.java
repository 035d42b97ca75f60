package de.weitblick.dialogue.edition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static de.weitblick.dialogue.edition.EditionRecords.nullable;
import static de.weitblick.dialogue.edition.EditionRecords.optional;

/**
 * The minutes (Protokoll) of an edition with their attached files. The moderators write
 * them (decided at the edge); they are public.
 */
@Service
@Transactional(readOnly = true)
public class EditionMinutes {

	static final int MINUTES_LENGTH = 100_000;

	static final int ATTACHMENT_BYTES = 20 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final EditionPlanning planning;

	private final EditionRecords records;

	private final Clock clock;

	EditionMinutes(JdbcClient jdbc, EditionPlanning planning, EditionRecords records, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.planning = planning;
		this.records = records;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Writes the minutes (Protokoll), replacing the earlier text.
	 * @throws RuleViolation when the text is too long
	 * @throws OptimisticLockingFailureException when someone changed the edition
	 * meanwhile
	 */
	@Transactional
	public void writeMinutes(UUID editionId, int expectedVersion, String minutes, String by) {
		this.planning.details(editionId, false);
		String text = optional("minutes", minutes, MINUTES_LENGTH);
		this.records.bump(editionId, expectedVersion, "minutes = :minutes, minutes_by = :by, minutes_at = :at",
				Map.of("minutes", nullable(text), "by", by, "at", Timestamp.from(this.clock.instant())));
	}

	/**
	 * Attaches a file to the minutes.
	 * @throws RuleViolation when the file is empty, too large or unnamed
	 */
	@Transactional
	public UUID attach(UUID editionId, String fileName, String contentType, byte[] content, String by) {
		this.planning.details(editionId, false);
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "dialogue.rule.file-empty");
		}
		if (content.length > ATTACHMENT_BYTES) {
			throw new RuleViolation("file", "dialogue.rule.file-too-large");
		}
		String name = (fileName != null) ? fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip() : "";
		if (name.isEmpty()) {
			throw new RuleViolation("file", "dialogue.rule.file-name");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO dialogue_attachment (id, edition_id, file_name, content_type, size_bytes, content,
				       uploaded_by, uploaded_at)
				VALUES (:id, :edition, :name, :type, :size, :content, :by, :at)
				""")
			.param("id", id)
			.param("edition", editionId)
			.param("name", (name.length() > 255) ? name.substring(name.length() - 255) : name)
			.param("type",
					(contentType != null && contentType.length() <= 100) ? contentType : "application/octet-stream")
			.param("size", content.length)
			.param("content", content)
			.param("by", by)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/**
	 * @return the attachment's name, type and content
	 * @throws NotFound when the edition has no such attachment
	 */
	public StoredFile attachment(UUID editionId, UUID attachmentId) {
		return this.jdbc.sql(
				"SELECT file_name, content_type, content FROM dialogue_attachment WHERE id = :id AND edition_id = :edition")
			.param("id", attachmentId)
			.param("edition", editionId)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFound("dialogue.attachment.not-found"));
	}

	/**
	 * A stored file as it is sent back.
	 */
	public record StoredFile(String fileName, String contentType, byte[] content) {

	}

}
