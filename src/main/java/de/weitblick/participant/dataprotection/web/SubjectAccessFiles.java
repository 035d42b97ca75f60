package de.weitblick.participant.dataprotection.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.participant.dataprotection.SubjectAccessReport;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The report of everything stored about a person (Art. 15 GDPR) as a download, JSON or a
 * tagged PDF, for the case file page and the API alike.
 */
@Component
class SubjectAccessFiles {

	private final DataSubjectRights dataSubjectRights;

	private final Viewers viewers;

	private final PdfDocuments pdf;

	SubjectAccessFiles(DataSubjectRights dataSubjectRights, Viewers viewers, PdfDocuments pdf) {
		this.dataSubjectRights = dataSubjectRights;
		this.viewers = viewers;
		this.pdf = pdf;
	}

	ResponseEntity<SubjectAccessReport> json(UUID id, Authentication authentication) {
		SubjectAccessReport report = report(id, authentication);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(report);
	}

	ResponseEntity<byte[]> pdf(UUID id, Authentication authentication, Locale locale) {
		SubjectAccessReport report = report(id, authentication);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render("participant/subject-access-pdf", Map.of("report", report), locale));
	}

	private SubjectAccessReport report(UUID id, Authentication authentication) {
		return this.dataSubjectRights.subjectAccess(new ParticipantId(id), this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("participant.not-found"));
	}

	private static String attachment(SubjectAccessReport report, String extension) {
		// No personal data in the file name: it may end up in a download folder or a
		// mail.
		return ContentDisposition.attachment()
			.filename("auskunft-" + report.participantId() + "." + extension)
			.build()
			.toString();
	}

}
