package de.weitblick.participant.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a case file takes, recognised by their first bytes ("magic
 * numbers"), never by the file name or the type the browser claims: a renamed program
 * stays a program.
 */
public enum DocumentType {

	/** PDF: "%PDF-". */
	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	/** PNG image. */
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),

	/** JPEG image. */
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private final String mediaType;

	private final byte[] signature;

	DocumentType(String mediaType, byte[] signature) {
		this.mediaType = mediaType;
		this.signature = signature;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * @param content the file's bytes, must not be null
	 * @return the type the content really has, or empty when it is none of the accepted
	 * ones
	 */
	public static Optional<DocumentType> of(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		if (content.length < this.signature.length) {
			return false;
		}
		return Arrays.equals(content, 0, this.signature.length, this.signature, 0, this.signature.length);
	}

}
