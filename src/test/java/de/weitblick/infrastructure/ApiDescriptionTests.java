package de.weitblick.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description is complete enough for a partner to generate a client from it
 * that knows every answer: each operation names its success body (or {@code 204}), its
 * errors as problem details with the fields the API sends, and has a unique name in the
 * domain's words; identifiers are plain strings. Each test lists every gap it finds.
 */
@WeitblickIntegrationTest
class ApiDescriptionTests {

	private static final String PROBLEM = "#/components/schemas/ProblemDetail";

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

	/**
	 * The verbs an operation's name starts with; a new one may join when it is a verb of
	 * the domain.
	 */
	private static final Set<String> VERBS = Set.of("add", "agree", "archive", "assign", "book", "cancel", "change",
			"check", "choose", "close", "compare", "confirm", "correct", "create", "decide", "decline", "delete",
			"describe", "disable", "download", "enable", "end", "erase", "export", "extend", "find", "get", "grant",
			"import", "invite", "issue", "list", "mark", "merge", "move", "offer", "plan", "preview", "print",
			"propose", "read", "record", "refer", "register", "remove", "reopen", "report", "request", "reschedule",
			"reset", "resume", "revoke", "schedule", "search", "send", "set", "start", "submit", "take", "transfer",
			"unlock", "update", "upload", "withdraw", "write");

	private static final Pattern OPERATION_ID = Pattern.compile("([a-z]+)([A-Z][a-z0-9]*)+");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	JsonNode description;

	@BeforeEach
	void readTheDescription() throws Exception {
		String body = this.mvc.perform(get("/api/docs/openapi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.description = this.json.readTree(body);
	}

	@Test
	void everyOperationDocumentsItsSuccessBodyOrNoContent() {
		List<String> gaps = new ArrayList<>();
		operations().forEach((name, operation) -> {
			List<String> success = new ArrayList<>();
			operation.path("responses").propertyNames().forEach(code -> {
				if (code.startsWith("2")) {
					success.add(code);
				}
			});
			if (success.isEmpty()) {
				gaps.add(name + ": no success response");
			}
			for (String code : success) {
				JsonNode content = operation.path("responses").path(code).path("content");
				if (code.equals("204")) {
					if (!content.isMissingNode() && !content.isEmpty()) {
						gaps.add(name + ": 204 with a body");
					}
					continue;
				}
				if (content.isMissingNode() || content.isEmpty()) {
					gaps.add(name + ": " + code + " without a body (answer 204 when there is none)");
				}
				content.properties().forEach(media -> {
					if (media.getKey().equals("*/*")) {
						gaps.add(name + ": " + code + " with the media type */*");
					}
					JsonNode schema = media.getValue().path("schema");
					if (schema.isMissingNode()) {
						gaps.add(name + ": " + code + " " + media.getKey() + " without a schema");
					}
					else if (schema.path("$ref").isMissingNode() && schema.path("items").isMissingNode()
							&& schema.path("properties").isMissingNode()
							&& schema.path("type").asString("").equals("object")) {
						gaps.add(name + ": " + code + " as an object without properties");
					}
				});
			}
		});
		assertThat(gaps).isEmpty();
	}

	@Test
	void everyErrorIsAProblemDetail() {
		List<String> gaps = new ArrayList<>();
		operations().forEach((name, operation) -> {
			JsonNode responses = operation.path("responses");
			boolean hasInput = !operation.path("parameters").isEmpty()
					|| !operation.path("requestBody").isMissingNode();
			List<String> required = new ArrayList<>(List.of("401", "403"));
			if (hasInput) {
				required.add("400");
			}
			required.stream()
				.filter(code -> !responses.has(code))
				.forEach(code -> gaps.add(name + ": " + code + " not documented"));
			responses.properties().forEach(response -> {
				String code = response.getKey();
				if (!code.startsWith("4") && !code.startsWith("5")) {
					return;
				}
				JsonNode content = response.getValue().path("content");
				Set<String> types = new HashSet<>(content.propertyNames());
				if (!types.equals(Set.of("application/problem+json"))) {
					gaps.add(name + ": " + code + " as " + types + " instead of application/problem+json");
				}
				String schema = content.path("application/problem+json").path("schema").path("$ref").asString("");
				if (!schema.equals(PROBLEM)) {
					gaps.add(name + ": " + code + " with the schema '" + schema + "' instead of " + PROBLEM);
				}
			});
		});
		assertThat(gaps).isEmpty();
	}

	@Test
	void theProblemSchemaHasTheFieldsTheApiSends() {
		JsonNode properties = schema("ProblemDetail").path("properties");
		assertThat(properties.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors",
				"reasons", "field", "possibleDuplicates");
		JsonNode fieldError = resolve(properties.path("errors").path("items"));
		assertThat(fieldError.path("properties").propertyNames()).contains("field", "message");
	}

	@Test
	void everyOperationHasAUniqueNameThatStartsWithAVerb() {
		List<String> gaps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		operations().forEach((name, operation) -> {
			String id = operation.path("operationId").asString("");
			var matcher = OPERATION_ID.matcher(id);
			if (!matcher.matches()) {
				gaps.add(name + ": operationId '" + id + "' is not a camel-case name of two words or more");
			}
			else if (!VERBS.contains(id.replaceAll("[A-Z].*", ""))) {
				gaps.add(name + ": operationId '" + id + "' does not start with a verb of " + VERBS);
			}
			if (!seen.add(id)) {
				gaps.add(name + ": operationId '" + id + "' is used twice");
			}
		});
		assertThat(gaps).isEmpty();
	}

	@Test
	void identifiersArePlainStrings() {
		List<String> gaps = new ArrayList<>();
		this.description.path("components").path("schemas").properties().forEach(schema -> {
			schema.getValue().path("properties").properties().forEach(property -> {
				String name = property.getKey();
				JsonNode value = resolve(property.getValue());
				if (name.equals("id") || name.endsWith("Id")) {
					if (!isString(value)) {
						gaps.add(schema.getKey() + "." + name + " is no string");
					}
				}
				if (name.endsWith("Ids") && !isString(resolve(value.path("items")))) {
					gaps.add(schema.getKey() + "." + name + " holds no strings");
				}
			});
		});
		operations().forEach((name, operation) -> operation.path("parameters").forEach(parameter -> {
			String parameterName = parameter.path("name").asString("");
			if ((parameterName.equals("id") || parameterName.endsWith("Id"))
					&& !isString(resolve(parameter.path("schema")))) {
				gaps.add(name + ": parameter " + parameterName + " is no string");
			}
		}));
		assertThat(gaps).isEmpty();
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
		this.description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			if (HTTP_METHODS.contains(method.getKey())) {
				operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
			}
		}));
		assertThat(operations).isNotEmpty();
		return operations;
	}

	private JsonNode schema(String name) {
		return this.description.path("components").path("schemas").path(name);
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#/components/schemas/") ? schema(ref.substring("#/components/schemas/".length()))
				: schema;
	}

	private static boolean isString(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (each.asString("").equals("string")) {
					return true;
				}
			}
			return false;
		}
		return type.asString("").equals("string");
	}

}
