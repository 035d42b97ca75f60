-- The pages a public authority must publish: the accessibility statement (BITV 2.0 § 7), the
-- privacy notice (Art. 13 GDPR) and the legal notice (§ 5 DDG). The administrator edits their
-- text in German and English; every version is kept with who saved it and when.
CREATE TABLE legal_page (
	kind VARCHAR(20) PRIMARY KEY,
	version INTEGER NOT NULL,
	text_de TEXT NOT NULL,
	text_en TEXT NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT legal_page_kind CHECK (kind IN ('ACCESSIBILITY', 'PRIVACY', 'IMPRINT'))
);

CREATE TABLE legal_page_revision (
	kind VARCHAR(20) NOT NULL REFERENCES legal_page (kind),
	version INTEGER NOT NULL,
	text_de TEXT NOT NULL,
	text_en TEXT NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (kind, version)
);

-- Reports of accessibility barriers from anyone, signed in or not (BITV 2.0 § 7 Abs. 1 Nr. 3).
-- The contact address is optional; nothing else about the sender is kept.
CREATE TABLE accessibility_feedback (
	id UUID PRIMARY KEY,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL,
	page VARCHAR(500),
	message VARCHAR(4000) NOT NULL,
	contact_email VARCHAR(254),
	language VARCHAR(10) NOT NULL
);

CREATE INDEX accessibility_feedback_by_time ON accessibility_feedback (received_at DESC);

-- The texts of the reference case (City of Kassel). Where the city must fill in facts, the text
-- says so in square brackets: [ZU ERGÄNZEN: …] / [TO BE COMPLETED: …]; the administrator sees a
-- warning on every page that still holds one.
INSERT INTO legal_page (kind, version, text_de, text_en, changed_by, changed_at) VALUES
('ACCESSIBILITY', 0,
'Die Stadt Kassel ist bemüht, ihre Websites und Anwendungen im Einklang mit dem Hessischen Behinderten-Gleichstellungsgesetz (HessBGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für Weitblick, die Plattform der Kommunalen Arbeitsförderung.

## Stand der Vereinbarkeit mit den Anforderungen

Weitblick ist mit den Anforderungen der BITV 2.0 (WCAG 2.1, Stufe AA; EN 301 549) teilweise vereinbar. Jede Seite wird bei jeder Änderung automatisch mit axe-core geprüft; eine Prüfung durch Fachleute steht aus: [ZU ERGÄNZEN: Datum und Art der letzten Prüfung, etwa BITV-Test].

## Nicht barrierefreie Inhalte

- PDF-Dokumente wie der Förderplan und die Auskunft nach Art. 15 DSGVO sind nicht vollständig getaggt. Dieselben Angaben stehen barrierefrei auf den Seiten der Anwendung.
- Diagramme zeigen Zahlen, die jeweils als Tabelle daneben stehen; die Diagramme selbst sind für Screenreader nicht erschlossen.
- Einige Fachbegriffe sind nicht in Leichter Sprache erklärt.
- [ZU ERGÄNZEN: weitere bekannte Barrieren aus der letzten Prüfung]

## Erstellung dieser Erklärung

Diese Erklärung wurde am [ZU ERGÄNZEN: Datum] erstellt und zuletzt am [ZU ERGÄNZEN: Datum] überprüft. Grundlage ist eine Selbstbewertung.

## Barrieren melden: Feedback und Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Melden Sie sie über das Formular auf dieser Seite, auch ohne Anmeldung, oder schreiben Sie an [ZU ERGÄNZEN: E-Mail-Adresse der zuständigen Stelle]. Wir antworten innerhalb von [ZU ERGÄNZEN: Frist, etwa vier Wochen], wenn Sie eine Kontaktadresse angeben.

## Durchsetzungsverfahren

Wenn Sie auf Ihre Meldung innerhalb der Frist keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Durchsetzungs- und Schlichtungsstelle wenden: [ZU ERGÄNZEN: Name und Anschrift der Stelle des Landes Hessen nach dem HessBGG]. Für Stellen des Bundes ist die [Schlichtungsstelle nach § 16 BGG](https://www.schlichtungsstelle-bgg.de) zuständig. Das Verfahren ist kostenlos.',
'The City of Kassel endeavours to make its websites and applications accessible in accordance with the Hessian Disability Equality Act (HessBGG) and the Accessible Information Technology Ordinance (BITV 2.0). This statement applies to Weitblick, the platform of the municipal labour-market promotion.

## Compliance status

Weitblick is partially compliant with the requirements of BITV 2.0 (WCAG 2.1, level AA; EN 301 549). Every page is checked automatically with axe-core on every change; an expert review is pending: [TO BE COMPLETED: date and kind of the latest review, such as a BITV test].

## Content that is not accessible

- PDF documents such as the support plan and the subject access report (Art. 15 GDPR) are not fully tagged. The same information is shown accessibly on the pages of the application.
- Charts show figures that each stand beside them as a table; the charts themselves are not made accessible to screen readers.
- Some technical terms are not explained in plain language.
- [TO BE COMPLETED: further known barriers from the latest review]

## Preparation of this statement

This statement was prepared on [TO BE COMPLETED: date] and last reviewed on [TO BE COMPLETED: date]. It is based on a self-assessment.

## Reporting barriers: feedback and contact

Have you found a barrier? Report it with the form on this page, also without signing in, or write to [TO BE COMPLETED: e-mail address of the office responsible]. We answer within [TO BE COMPLETED: period, such as four weeks] if you give a contact address.

## Enforcement procedure

If you receive no satisfactory answer to your report within that period, you may turn to the enforcement and conciliation body responsible: [TO BE COMPLETED: name and address of the body of the State of Hesse under the HessBGG]. For federal bodies the [conciliation body under section 16 BGG](https://www.schlichtungsstelle-bgg.de) is responsible. The procedure is free of charge.',
'system', now()),
('PRIVACY', 0,
'Diese Erklärung informiert nach Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) darüber, wie Weitblick personenbezogene Daten verarbeitet.

## Verantwortliche Stelle

Magistrat der Stadt Kassel, Sozialamt, Kommunale Arbeitsförderung
[ZU ERGÄNZEN: Anschrift, Telefon, E-Mail]

## Datenschutzbeauftragte

[ZU ERGÄNZEN: Name oder Funktion, Anschrift und E-Mail der oder des behördlichen Datenschutzbeauftragten]

## Zwecke und Rechtsgrundlagen

- Fallakten der Teilnehmenden: zur Beratung und Förderung nach dem SGB II, SGB III und SGB XII (Art. 6 Abs. 1 lit. c und e DSGVO, §§ 67a ff. SGB X); Sozialdaten sind nach § 35 SGB I geschützt.
- Gesundheitsangaben und die Herkunft der Eltern nur mit ausdrücklicher Einwilligung (Art. 9 Abs. 2 lit. a DSGVO); die Einwilligung kann jederzeit widerrufen werden.
- Benutzerkonten der Mitarbeitenden und Partner: zur Anmeldung und zum Schutz vor Missbrauch.
- Meldungen von Barrieren: zur Bearbeitung der Meldung; die Kontaktadresse ist freiwillig.

## Protokoll und Speicherdauer

Jeder Lese- und Schreibzugriff auf personenbezogene Daten wird mit Person, Zeitpunkt und Zweck protokolliert. Abgeschlossene Fallakten werden nach Ablauf der Aufbewahrungsfrist von [ZU ERGÄNZEN: Frist, Standard zehn Jahre] gelöscht.

## Empfänger

Daten werden nur an Stellen übermittelt, die sie für ihre Aufgabe brauchen, etwa das Jobcenter Stadt Kassel oder Träger der Projekte, und nur soweit ein Gesetz oder Ihre Einwilligung es erlaubt.

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21 DSGVO). Sie können sich beim Hessischen Beauftragten für Datenschutz und Informationsfreiheit beschweren: [ZU ERGÄNZEN: Anschrift der Aufsichtsbehörde].

## Cookies

Weitblick setzt nur ein technisch notwendiges Sitzungs-Cookie für die Anmeldung und den Schutz von Formularen. Es gibt keine Statistik- oder Werbe-Cookies und keine Inhalte Dritter.',
'This notice explains, as Art. 13 and 14 of the General Data Protection Regulation (GDPR) require, how Weitblick processes personal data.

## Controller

Magistrat der Stadt Kassel, Sozialamt, Kommunale Arbeitsförderung
[TO BE COMPLETED: address, telephone, e-mail]

## Data protection officer

[TO BE COMPLETED: name or function, address and e-mail of the data protection officer]

## Purposes and legal bases

- Case files of participants: for counselling and support under SGB II, SGB III and SGB XII (Art. 6(1)(c) and (e) GDPR, sections 67a ff. SGB X); social data are protected by section 35 SGB I.
- Health information and the parents'' origin only with explicit consent (Art. 9(2)(a) GDPR); consent may be withdrawn at any time.
- Accounts of staff and partners: for signing in and for protection against misuse.
- Reports of barriers: to deal with the report; the contact address is optional.

## Audit trail and retention

Every read and change of personal data is logged with the person, the time and the purpose. Closed case files are erased when the retention period of [TO BE COMPLETED: period, ten years by default] has passed.

## Recipients

Data go only to bodies that need them for their task, such as the Jobcenter Stadt Kassel or the providers of projects, and only as far as a law or your consent allows.

## Your rights

You have the right of access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and objection (Art. 21 GDPR). You may lodge a complaint with the Hessian Commissioner for Data Protection and Freedom of Information: [TO BE COMPLETED: address of the supervisory authority].

## Cookies

Weitblick sets only a technically necessary session cookie for signing in and for protecting forms. There are no statistics or advertising cookies and no third-party content.',
'system', now()),
('IMPRINT', 0,
'## Herausgeber

Magistrat der Stadt Kassel
Obere Königsstraße 8
34117 Kassel

Die Stadt Kassel ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch [ZU ERGÄNZEN: Oberbürgermeisterin oder Oberbürgermeister].

## Kontakt

Telefon: [ZU ERGÄNZEN: Telefonnummer]
E-Mail: [ZU ERGÄNZEN: E-Mail-Adresse]

## Verantwortlich für den Inhalt

Sozialamt, Kommunale Arbeitsförderung (505)
[ZU ERGÄNZEN: Name oder Funktion der verantwortlichen Person nach § 18 Abs. 2 MStV]

## Umsatzsteuer-Identifikationsnummer

[ZU ERGÄNZEN: USt-IdNr. nach § 27a UStG, falls vorhanden]

## Software

Weitblick ist freie Software unter der Europäischen Union Public Licence (EUPL-1.2).',
'## Publisher

Magistrat der Stadt Kassel
Obere Königsstraße 8
34117 Kassel
Germany

The City of Kassel is a public-law corporation. It is represented by [TO BE COMPLETED: the Lord Mayor].

## Contact

Telephone: [TO BE COMPLETED: telephone number]
E-mail: [TO BE COMPLETED: e-mail address]

## Responsible for the content

Social Welfare Department, Municipal Labour-Market Promotion (505)
[TO BE COMPLETED: name or function of the person responsible under section 18(2) MStV]

## VAT identification number

[TO BE COMPLETED: VAT ID under section 27a UStG, if any]

## Software

Weitblick is free software under the European Union Public Licence (EUPL-1.2).',
'system', now());

INSERT INTO legal_page_revision (kind, version, text_de, text_en, changed_by, changed_at)
SELECT kind, version, text_de, text_en, changed_by, changed_at FROM legal_page;
