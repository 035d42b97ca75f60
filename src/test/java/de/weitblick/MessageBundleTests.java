package de.weitblick;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.funding.FundingKind;
import de.weitblick.infrastructure.security.AccessArea;
import de.weitblick.organisation.PartnerKind;
import de.weitblick.organisation.Role;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German and English speak the same keys, and no page says anything that is not in the
 * bundles.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text that is the same in every language: names of languages in their own language.
	 */
	private static final Set<String> LANGUAGE_NEUTRAL = Set.of("Deutsch", "English");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(?:title|alt|aria-label|placeholder)=\"([^\"]*)\"");

	/**
	 * A date, time or number written with a pattern or a formatting utility of the page's
	 * own instead of the reader's language ({@code #formats}).
	 */
	private static final Pattern INLINE_FORMAT = Pattern
		.compile("#temporals\\.format|#dates\\.format|#calendars\\.format|#numbers\\.format"
				+ "|dd\\.MM|MM\\.yyyy|MM/yyyy|yyyy-MM|HH:mm|hh:mm");

	@Test
	void germanAndEnglishHaveTheSameKeys() throws IOException {
		Properties german = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
		assertThat(german.values()).allSatisfy(value -> assertThat((String) value).isNotBlank());
		assertThat(english.values()).allSatisfy(value -> assertThat((String) value).isNotBlank());
	}

	@Test
	void everyKeyThatATemplateUsesExists() throws IOException {
		Properties german = load("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!german.containsKey(matcher.group(1))) {
					missing.add(template + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHardCodesTextAPersonReads() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<style>.*?</style>", "");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				String value = text.group(1).strip();
				if (value.chars().anyMatch(Character::isLetter) && !LANGUAGE_NEUTRAL.contains(value)) {
					hardCoded.add(template + ": " + value);
				}
			}
			Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(1).chars().anyMatch(Character::isLetter)) {
					hardCoded.add(template + ": " + attribute.group(0).strip());
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void noTemplateWritesADateATimeOrANumberWithAPatternOfItsOwn() throws IOException {
		List<String> inline = new ArrayList<>();
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template);
			for (int i = 0; i < lines.size(); i++) {
				Matcher pattern = INLINE_FORMAT.matcher(lines.get(i));
				while (pattern.find()) {
					inline.add(template + ":" + (i + 1) + ": " + pattern.group());
				}
			}
		}
		assertThat(inline)
			.as("dates, times and numbers go through #formats, which writes them in the reader's language")
			.isEmpty();
	}

	@Test
	void everyNamedValueOfTheDomainHasAGermanAndAnEnglishName() throws IOException {
		Set<String> keys = new TreeSet<>();
		Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
		Stream.of(PartnerKind.values()).map(PartnerKind::messageKey).forEach(keys::add);
		Stream.of(FocusGroupCode.values()).map(FocusGroupCode::messageKey).forEach(keys::add);
		Stream.of(FocusGroupCode.values()).map(FocusGroupCode::descriptionKey).forEach(keys::add);
		Stream.of(FundingKind.values()).map(FundingKind::messageKey).forEach(keys::add);
		Stream.of(ProjectKind.values()).map(ProjectKind::messageKey).forEach(keys::add);
		Stream.of(ProjectStatus.values()).map(ProjectStatus::messageKey).forEach(keys::add);
		Stream.of(PartnerRole.values()).map(PartnerRole::messageKey).forEach(keys::add);
		Stream.of(DialogueFormat.values()).map(DialogueFormat::messageKey).forEach(keys::add);
		Stream.of(de.weitblick.participant.QualificationLevel.values())
			.map(de.weitblick.participant.QualificationLevel::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.RecognitionStatus.values())
			.map(de.weitblick.participant.RecognitionStatus::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.DrivingLicenceClass.values())
			.map(de.weitblick.participant.DrivingLicenceClass::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.HealthRestriction.values())
			.map(de.weitblick.participant.HealthRestriction::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.MergeField.values())
			.map(de.weitblick.participant.MergeField::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.privacy.AuditAction.values())
			.map(de.weitblick.privacy.AuditAction::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.CaseView.values())
			.flatMap(view -> Stream.of(view.messageKey(), view.messageKey() + ".intro"))
			.forEach(keys::add);
		Stream.of(de.weitblick.project.EnrolmentStatus.values())
			.map(de.weitblick.project.EnrolmentStatus::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.project.OutcomeKind.values())
			.map(de.weitblick.project.OutcomeKind::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.project.AttendanceStatus.values())
			.map(de.weitblick.project.AttendanceStatus::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.project.ResultIndicator.values())
			.map(de.weitblick.project.ResultIndicator::messageKey)
			.forEach(keys::add);
		Stream.of(java.time.DayOfWeek.values()).map(day -> "participant.day." + day).forEach(keys::add);
		for (AccessArea area : AccessArea.values()) {
			keys.add(area.messageKey());
			keys.add(area.messageKey() + ".description");
		}
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
