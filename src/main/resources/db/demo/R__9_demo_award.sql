-- Demo data of the reference case: the award "Unternehmen mit Weitblick" of the 2021 and
-- 2022 dialogue editions, announced, with their criteria, jury, nominations, scores and
-- winners, all of them employers who agreed to be named publicly. The painting business
-- (no such agreement) is nominated in 2022: stored, never shown in public.
INSERT INTO award_round (id, version, edition_id, year, title, nominations_close_on, status, created_at) VALUES
	('019a0000-0000-7000-8000-000000009501', 2, '019a0000-0000-7000-8000-000000006002', 2021, 'Unternehmen mit Weitblick 2021', '2021-05-15', 'DECIDED', '2021-03-01T09:00:00Z'),
	('019a0000-0000-7000-8000-000000009502', 2, '019a0000-0000-7000-8000-000000006003', 2022, 'Unternehmen mit Weitblick 2022', '2022-06-30', 'DECIDED', '2022-04-01T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO award_criterion (id, round_id, position, name, weight) VALUES
	('019a0000-0000-7000-8000-000000009511', '019a0000-0000-7000-8000-000000009501', 0, 'Einstellungen aus den Fokusgruppen', 3),
	('019a0000-0000-7000-8000-000000009512', '019a0000-0000-7000-8000-000000009501', 1, 'Ausbildung und Praktika', 2),
	('019a0000-0000-7000-8000-000000009513', '019a0000-0000-7000-8000-000000009501', 2, 'Nachhaltigkeit der Beschäftigung', 2),
	('019a0000-0000-7000-8000-000000009521', '019a0000-0000-7000-8000-000000009502', 0, 'Einstellungen aus den Fokusgruppen', 3),
	('019a0000-0000-7000-8000-000000009522', '019a0000-0000-7000-8000-000000009502', 1, 'Ausbildung, Praktika und Anerkennungsmodule', 2),
	('019a0000-0000-7000-8000-000000009523', '019a0000-0000-7000-8000-000000009502', 2, 'Nachhaltigkeit der Beschäftigung', 2),
	('019a0000-0000-7000-8000-000000009524', '019a0000-0000-7000-8000-000000009502', 3, 'Vorbild für andere Arbeitgeber', 1)
ON CONFLICT (id) DO NOTHING;

INSERT INTO award_juror (round_id, account_id, name) VALUES
	('019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000003004', 'Arbeitgeberservice'),
	('019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000003005', 'Abteilungsleitung KAF'),
	('019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000003006', 'Moderation Arbeitsmarktdialog'),
	('019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000003004', 'Arbeitgeberservice'),
	('019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000003005', 'Abteilungsleitung KAF'),
	('019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000003006', 'Moderation Arbeitsmarktdialog')
ON CONFLICT DO NOTHING;

INSERT INTO award_nomination (id, version, round_id, employer_id, source, nominated_by, nominated_by_account, reasons,
	winner, citation, created_at) VALUES
	('019a0000-0000-7000-8000-000000009531', 1, '019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000009005', 'STAFF', 'Arbeitgeberservice', '019a0000-0000-7000-8000-000000003004',
	 'Stellt seit Jahren Pflegehilfskräfte aus den Fokusgruppen ein und bildet sie zu Pflegefachkräften weiter.', TRUE,
	 'Für den Mut, Menschen ohne klassischen Berufsweg in der Pflege eine Zukunft zu geben – und sie auf dem Weg zur Fachkraft zu begleiten.', '2021-04-02T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009532', 1, '019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000009001', 'PARTNER', 'Kreishandwerkerschaft (Beispiel)', NULL,
	 'Bietet jedes Jahr Plätze bei „Handwerk live“ und hat zwei junge Menschen ohne Abschluss ausgebildet.', TRUE,
	 'Für eine Werkstatt, die jungen Menschen zeigt, was in ihnen steckt: vom Schnuppertag bis zum Gesellenbrief.', '2021-04-12T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009533', 0, '019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000009002', 'PUBLIC', 'nachbarin@example.org', NULL,
	 'Hat meinem Sohn nach langer Suche einen Ausbildungsplatz gegeben.', FALSE, NULL, '2021-04-20T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009541', 1, '019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000009009', 'ENGAGEMENT', 'Arbeitgeberservice', '019a0000-0000-7000-8000-000000003004',
	 'Engagementnachweis 2021 bis 2022: Anerkennungsmodule für Pflegefachkräfte aus dem Ausland, Einstellungen länger als sechs Monate.', TRUE,
	 'Für Anerkennungsmodule, die Pflegefachkräften aus dem Ausland den Weg in ihren Beruf in Kassel öffnen.', '2022-05-03T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009542', 1, '019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000009007', 'STAFF', 'Moderation Arbeitsmarktdialog', '019a0000-0000-7000-8000-000000003006',
	 'Praxisintegrierte Ausbildung zur Erzieherin für Alleinerziehende, mit Arbeitszeiten, die zur Kinderbetreuung passen.', TRUE,
	 'Für Ausbildungszeiten, die zum Leben Alleinerziehender passen – und für die Kinder, die davon profitieren.', '2022-05-10T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009543', 1, '019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000009004', 'PUBLIC', 'kundin@example.org', NULL,
	 'Backt mit Geflüchteten aus der Ukraine und bringt ihnen das Handwerk bei.', TRUE,
	 'Für eine Backstube, in der Geflüchtete ankommen, Deutsch lernen und einen Beruf finden.', '2022-05-21T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009544', 0, '019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000009003', 'PARTNER', 'Kreishandwerkerschaft (Beispiel)', NULL,
	 'Beschäftigt Langzeitarbeitslose nach einer Arbeitsgelegenheit weiter.', FALSE, NULL, '2022-06-01T10:00:00Z'),
	('019a0000-0000-7000-8000-000000009545', 0, '019a0000-0000-7000-8000-000000009502', '019a0000-0000-7000-8000-000000009010', 'STAFF', 'Arbeitgeberservice', '019a0000-0000-7000-8000-000000003004',
	 'Stellt Hauswirtschaftshelferinnen aus dem Projekt „Sozialwirtschaft integriert“ ein.', FALSE, NULL, '2022-06-15T10:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- Every juror scored every nomination of the two rounds: the winners highest.
INSERT INTO award_score (nomination_id, criterion_id, account_id, score, scored_at)
SELECT n.id, c.id, j.account_id,
	CASE WHEN n.winner THEN 8 + ((c.position + (n.created_at::date - DATE '2021-01-01')) % 3)
	     ELSE 4 + (c.position % 3) END,
	r.created_at + INTERVAL '100 days'
FROM award_nomination n
JOIN award_round r ON r.id = n.round_id
JOIN award_criterion c ON c.round_id = n.round_id
JOIN award_juror j ON j.round_id = n.round_id
WHERE n.round_id IN ('019a0000-0000-7000-8000-000000009501', '019a0000-0000-7000-8000-000000009502')
ON CONFLICT DO NOTHING;
