package de.weitblick;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	/**
	 * Enums whose keys the pages build from a prefix and the value's name.
	 */
	private static final Map<String, String> NAMED_BY_PREFIX = Map.of(
			"de.weitblick.participant.ParticipantSearch$SortOrder", "participant.search.sort.",
			"de.weitblick.focusgroup.MigrationDefinition", "focusgroup.criterion.");

	/**
	 * Enums whose values people never read by a name of their own, each with the reason.
	 */
	private static final Map<String, String> NEVER_SHOWN = Map.ofEntries(
			Map.entry("de.weitblick.participant.CaseSection",
					"the parts of a case file a view opens; people read the view's name (CaseView)"),
			Map.entry("de.weitblick.participant.documents.DocumentType",
					"file kinds, shown by their constant's name (PDF, PNG, JPEG), the same in every language"),
			Map.entry("de.weitblick.participant.merge.MergeSide", "which of two records a merged value comes from"),
			Map.entry("de.weitblick.participant.referralimport.ReferralImportRunner$PassEnd",
					"how one pass of the referral import ended, for the import's own loop"),
			Map.entry("de.weitblick.project.Enrolments$Who",
					"who may take a step of an enrolment, for the rule that checks it"),
			Map.entry("de.weitblick.participant.appointment.web.AppointmentRestController$Outcome",
					"an API client's value for an appointment's outcome, read by programs as its constant"),
			Map.entry("de.weitblick.project.enrolment.web.EnrolmentRestController$Exit",
					"an API client's value for how an enrolment ended, read by programs as its constant"),
			Map.entry("de.weitblick.publishing.PageText$Block$Kind",
					"the kind of a block of a legal page's markup, rendered as HTML"),
			Map.entry("de.weitblick.publishing.PageText$Inline$Kind",
					"the kind of a part of a line of a legal page's markup"),
			Map.entry("de.weitblick.participant.EntryFacts$LabourMarket",
					"a band the funder report counts people in; its rows carry the report's own names"),
			Map.entry("de.weitblick.participant.EntryFacts$Education",
					"a band the funder report counts people in; its rows carry the report's own names"));

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

	/**
	 * Every enum of the application that people read has a German and an English name. An
	 * enum is read by people when it names its keys itself (a method such as
	 * {@code messageKey()} or {@code descriptionKey()}) or when the pages build its key
	 * from a prefix ({@link #NAMED_BY_PREFIX}); every other enum must be listed as never
	 * shown ({@link #NEVER_SHOWN}), so that a new enum fails here until somebody decides.
	 */
	@Test
	void everyEnumShownToPeopleHasItsNamesInBothBundles() throws Exception {
		Properties german = load("messages.properties");
		Properties english = load("messages_en.properties");
		List<String> missing = new ArrayList<>();
		List<String> undecided = new ArrayList<>();
		for (Class<?> type : applicationEnums()) {
			List<Method> keyMethods = keyMethods(type);
			String prefix = NAMED_BY_PREFIX.get(type.getName());
			if (keyMethods.isEmpty() && prefix == null) {
				if (!NEVER_SHOWN.containsKey(type.getName())) {
					undecided.add(type.getName());
				}
				continue;
			}
			for (Object constant : type.getEnumConstants()) {
				List<String> keys = new ArrayList<>();
				for (Method method : keyMethods) {
					keys.add((String) method.invoke(constant));
				}
				if (prefix != null) {
					keys.add(prefix + ((Enum<?>) constant).name());
				}
				for (String key : keys) {
					if (!german.containsKey(key) || !english.containsKey(key)) {
						missing.add(type.getSimpleName() + "." + constant + ": " + key);
					}
				}
			}
		}
		assertThat(undecided).as("enums neither named by a key method or a prefix nor listed as never shown to people")
			.isEmpty();
		assertThat(missing).as("names missing in messages.properties or messages_en.properties").isEmpty();
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
		Stream.of(de.weitblick.participant.health.HealthRestriction.values())
			.map(de.weitblick.participant.health.HealthRestriction::messageKey)
			.forEach(keys::add);
		Stream.of(de.weitblick.participant.merge.MergeField.values())
			.map(de.weitblick.participant.merge.MergeField::messageKey)
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

	/**
	 * The enums of the application, found in its compiled classes.
	 */
	private static List<Class<?>> applicationEnums() throws Exception {
		Path classes = Path.of(WeitblickApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> enums = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
				String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
						MessageBundleTests.class.getClassLoader());
				if (type.isEnum()) {
					enums.add(type);
				}
			}
		}
		assertThat(enums).as("the application's enums").isNotEmpty();
		return enums;
	}

	/**
	 * The methods by which an enum names the message keys of its values: public, without
	 * parameters, answering a String, named ...Key.
	 */
	private static List<Method> keyMethods(Class<?> type) {
		List<Method> methods = new ArrayList<>();
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& method.getParameterCount() == 0 && method.getReturnType() == String.class
					&& method.getName().endsWith("Key")) {
				method.setAccessible(true);
				methods.add(method);
			}
		}
		return methods;
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
