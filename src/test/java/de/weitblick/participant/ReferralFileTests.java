package de.weitblick.participant;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.weitblick.participant.referralimport.ReferralColumn;
import de.weitblick.participant.referralimport.ReferralFile;
import de.weitblick.participant.referralimport.ReferralFileRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Referral lists are read as offices actually send them: in the encodings and dialects of
 * German Excel and of other systems, with the columns in any order and named in German or
 * English; a file that cannot be read is refused with a reason that names what is wrong.
 */
class ReferralFileTests {

	static final String HEADER = "Kundennummer;Nachname;Vorname;Geburtsdatum";

	static final String ROW = "962D100001;Müller-Şahin;Jürgen;03.01.1990";

	@Test
	void utf8WithAByteOrderMarkIsReadAsUtf8() {
		byte[] content = bytes("\uFEFF" + HEADER + "\r\n" + ROW + "\r\n", StandardCharsets.UTF_8);

		ReferralFile file = ReferralFile.open(content);

		assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(only(file).value(ReferralColumn.FAMILY_NAME)).isEqualTo("Müller-Şahin");
		assertThat(only(file).value(ReferralColumn.CUSTOMER_NUMBER)).isEqualTo("962D100001");
	}

	@Test
	void utf8WithoutAByteOrderMarkIsRecognisedByItsBytes() {
		ReferralFile file = ReferralFile.open(bytes(HEADER + "\n" + ROW + "\n", StandardCharsets.UTF_8));

		assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(only(file).value(ReferralColumn.GIVEN_NAMES)).isEqualTo("Jürgen");
	}

	@Test
	void whatIsNotValidUtf8IsReadAsWindows1252AsGermanExcelWritesIt() {
		String row = "962D100001;Müller;Jürgen Straße;03.01.1990";
		ReferralFile file = ReferralFile.open(bytes(HEADER + "\r\n" + row + "\r\n", ReferralFile.WINDOWS_1252));

		assertThat(file.charset()).isEqualTo(ReferralFile.WINDOWS_1252);
		assertThat(only(file).value(ReferralColumn.FAMILY_NAME)).isEqualTo("Müller");
		assertThat(only(file).value(ReferralColumn.GIVEN_NAMES)).isEqualTo("Jürgen Straße");
	}

	@Test
	void excelsUnicodeTextWithTabsIsRead() {
		String text = "\uFEFF" + HEADER.replace(';', '\t') + "\r\n" + ROW.replace(';', '\t') + "\r\n";
		ReferralFile file = ReferralFile.open(bytes(text, StandardCharsets.UTF_16LE));

		assertThat(file.separator()).isEqualTo('\t');
		assertThat(only(file).value(ReferralColumn.FAMILY_NAME)).isEqualTo("Müller-Şahin");
	}

	@Test
	void commasAreRecognisedFromTheHeaderAndQuotedFieldsKeepTheirSeparatorsAndLineBreaks() {
		String text = "customer_number,Family name,Given names,Date of birth,Note\n"
				+ "962D100001,\"Müller, geb. Schmidt\",Anna,1990-01-03,\"Termine nur vormittags;\n"
				+ "Kinderbetreuung ab 8 Uhr, \"\"Kita Nord\"\"\"\n" + "962D100002,Weber,Paul,1985-05-05,\n";
		ReferralFile file = ReferralFile.open(bytes(text, StandardCharsets.UTF_8));
		List<ReferralFile.Row> rows = rows(file);

		assertThat(file.separator()).isEqualTo(',');
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).value(ReferralColumn.FAMILY_NAME)).isEqualTo("Müller, geb. Schmidt");
		assertThat(rows.get(0).value(ReferralColumn.NOTE))
			.isEqualTo("Termine nur vormittags;\nKinderbetreuung ab 8 Uhr, \"Kita Nord\"");
		// A field over two lines is one row, as the spreadsheet shows it.
		assertThat(rows.get(1).number()).isEqualTo(3);
	}

	@Test
	void headersAreUnderstoodInAnyOrderCaseSpacingAndSpelling() {
		String text = " geburtsdatum ;VORNAME;Familienname;Kunden-Nr.;E-MAIL;strasse;Stadtteil\n"
				+ "03.01.1990;Anna;Weber;962D100001;anna@example.org;Weg 1;Mitte\n";
		ReferralFile.Row row = only(ReferralFile.open(bytes(text, StandardCharsets.UTF_8)));

		assertThat(row.value(ReferralColumn.BIRTH_DATE)).isEqualTo("03.01.1990");
		assertThat(row.value(ReferralColumn.FAMILY_NAME)).isEqualTo("Weber");
		assertThat(row.value(ReferralColumn.CUSTOMER_NUMBER)).isEqualTo("962D100001");
		assertThat(row.value(ReferralColumn.EMAIL)).isEqualTo("anna@example.org");
		assertThat(row.value(ReferralColumn.STREET)).isEqualTo("Weg 1");
	}

	@Test
	void excelsSeparatorLineIsHonouredAndCountedAsARow() {
		String text = "sep=,\r\nKundennummer,Nachname,Vorname,Geburtsdatum\r\n962D100001,Weber;Schulz,Anna,03.01.1990\r\n";
		ReferralFile file = ReferralFile.open(bytes(text, StandardCharsets.UTF_8));

		assertThat(file.separator()).isEqualTo(',');
		assertThat(only(file).value(ReferralColumn.FAMILY_NAME)).isEqualTo("Weber;Schulz");
		assertThat(only(file).number()).isEqualTo(3);
	}

	@Test
	void unknownColumnsAreNamedAndTheFileIsRefused() {
		String text = "Kundennummer;Nachname;Vorname;Geburtsdatum;Lieblingsfarbe;Schuhgröße\n" + ROW + ";blau;42\n";

		assertThatThrownBy(() -> ReferralFile.open(bytes(text, StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ReferralFileRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("participant.import.file.unknown-columns");
				assertThat(refused.columns()).containsExactly("Lieblingsfarbe", "Schuhgröße");
			});
	}

	@Test
	void missingRequiredColumnsAreNamedInGerman() {
		String text = "Customer number;Family name\n962D100001;Weber\n";

		assertThatThrownBy(() -> ReferralFile.open(bytes(text, StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ReferralFileRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("participant.import.file.missing-columns");
				assertThat(refused.columns()).containsExactly("Vorname", "Geburtsdatum");
			});
	}

	@Test
	void aColumnNamedTwiceIsRefused() {
		String text = "Kundennummer;Nachname;Name;Vorname;Geburtsdatum\n962D100001;Weber;Weber;Anna;03.01.1990\n";

		assertThatThrownBy(() -> ReferralFile.open(bytes(text, StandardCharsets.UTF_8))).isInstanceOfSatisfying(
				ReferralFileRefused.class, refused -> assertThat(refused.columns()).containsExactly("Name"));
	}

	@Test
	void aListWithoutHeaderIsRefusedWithWhatWasFound() {
		assertThatThrownBy(() -> ReferralFile.open(bytes(ROW + "\n" + ROW + "\n", StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ReferralFileRefused.class, refused -> assertThat(refused.messageKey())
				.isEqualTo("participant.import.file.header-not-recognised"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PK\u0003\u0004xl/workbook.xml", "%PDF-1.7 binary" })
	void aSpreadsheetOrPdfIsRefusedBeforeAnythingIsRead(String start) {
		assertThatThrownBy(() -> ReferralFile.open(start.getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOf(ReferralFileRefused.class)
			.extracting(refused -> ((ReferralFileRefused) refused).messageKey())
			.isIn("participant.import.file.spreadsheet", "participant.import.file.not-text");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> ReferralFile.open(new byte[0])).hasMessageContaining("file.empty");
	}

	@Test
	void aQuoteThatIsNeverClosedRefusesTheWholeFileNamingTheRow() {
		String text = HEADER + "\n" + ROW + "\n962D100002;\"Weber;Anna;03.01.1990\n962D100003;Kurz;Ida;01.01.1991\n";
		ReferralFile file = ReferralFile.open(bytes(text, StandardCharsets.UTF_8));

		assertThatThrownBy(file::countRows).isInstanceOfSatisfying(ReferralFileRefused.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo("participant.import.file.unreadable");
			assertThat(refused.row()).isEqualTo(3);
		});
	}

	@Test
	void blankLinesAndEmptyTrailingColumnsAreNoRowsAndNoErrors() {
		String text = HEADER + ";;\n" + ROW + ";;\n;;;;;\n\n" + ROW.replace("001", "002") + "\n";
		ReferralFile file = ReferralFile.open(bytes(text, StandardCharsets.UTF_8));
		List<ReferralFile.Row> rows = rows(file);

		assertThat(file.countRows()).isEqualTo(2);
		assertThat(rows).extracting(ReferralFile.Row::number).containsExactly(2, 5);
		assertThat(rows).allSatisfy(row -> assertThat(row.fields()).isEqualTo(row.expectedFields()));
	}

	@Test
	void aValueUnderAnEmptyHeaderCellIsCountedNotDropped() {
		String text = "Kundennummer;;Nachname;Vorname;Geburtsdatum\n962D100001;;Weber;Anna;03.01.1990\n"
				+ "962D100002;Zusatz;Weber;Ben;03.01.1991\n";
		List<ReferralFile.Row> rows = rows(ReferralFile.open(bytes(text, StandardCharsets.UTF_8)));

		assertThat(rows).extracting(ReferralFile.Row::unnamedValues).containsExactly(0, 1);
	}

	@Test
	void readingResumesAfterTheRowsAlreadyImported() {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int i = 1; i <= 5; i++) {
			text.append("962D10000").append(i).append(";Weber;Anna;03.01.1990\n");
		}
		ReferralFile file = ReferralFile.open(bytes(text.toString(), StandardCharsets.UTF_8));
		ReferralFile again = ReferralFile.reopen(bytes(text.toString(), StandardCharsets.UTF_8), file.charset(),
				file.separator(), file.headerRow());

		Iterator<ReferralFile.Row> rest = again.rows(3);

		assertThat(rest.next().value(ReferralColumn.CUSTOMER_NUMBER)).isEqualTo("962D100004");
		assertThat(rest.next().number()).isEqualTo(6);
		assertThat(rest.hasNext()).isFalse();
	}

	static byte[] bytes(String text, Charset charset) {
		return text.getBytes(charset);
	}

	private static ReferralFile.Row only(ReferralFile file) {
		List<ReferralFile.Row> rows = rows(file);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static List<ReferralFile.Row> rows(ReferralFile file) {
		List<ReferralFile.Row> rows = new ArrayList<>();
		file.rows(0).forEachRemaining(rows::add);
		return rows;
	}

}
