package de.weitblick.infrastructure.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * The conventions every operation of the API description follows, so that a partner's
 * generated client knows every answer, and a new endpoint follows them without repeating
 * them:
 * <ul>
 * <li>the success response has its body's schema (from the handler's return type, under
 * {@code application/json} unless the mapping produces another type), or is {@code 204}
 * when the handler returns nothing;</li>
 * <li>every error response is {@code application/problem+json} with the {@value #PROBLEM}
 * schema, which has the extension fields the API sends;</li>
 * <li>a redirect ({@code 3xx}) has no body;</li>
 * <li>the errors every operation can answer are added where missing: {@code 400} for an
 * operation with input, {@code 401}, {@code 403}, {@code 404} for one with a path
 * variable, and {@code 503}.</li>
 * </ul>
 * Endpoints document only their own errors ({@code 409}, {@code 422}, …) with an
 * {@code @ApiResponse} and a description; identifiers ({@link Identifiers}) are plain
 * strings in the schemas too.
 */
class ApiContract implements GlobalOperationComponentsCustomizer, GlobalOpenApiCustomizer, ModelConverter {

	static final String PROBLEM = "ProblemDetail";

	static final String FIELD_ERROR = "FieldError";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final String JSON = "application/json";

	private static final Map<String, String> STANDARD_ERRORS = Map.of("400",
			"The input was refused: every field or parameter is named in errors", "401",
			"Not signed in, or the credentials are wrong", "403", "The caller's role may not do this", "404",
			"No such record, or the caller may not see it", "409", "Changed since the given version; read it again",
			"413", "The request is larger than the upload limit", "422",
			"A rule is broken, explained in detail (and field or reasons where they apply)", "503",
			"The database is overloaded or unreachable for the moment; nothing was changed, try again later");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		return operation;
	}

	@Override
	public Operation customize(Operation operation, Components components, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		documentSuccess(responses, components, handler);
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (hasInput) {
			standardError(responses, "400");
		}
		standardError(responses, "401");
		standardError(responses, "403");
		if (List.of(handler.getMethodParameters())
			.stream()
			.anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class))) {
			standardError(responses, "404");
		}
		standardError(responses, "503");
		responses.forEach((code, response) -> {
			if (code.startsWith("3")) {
				// A redirect has no body; springdoc would give it the success schema.
				response.setContent(null);
			}
			if (isError(code)) {
				if (response.getDescription() == null || response.getDescription().isBlank()) {
					response.setDescription(STANDARD_ERRORS.getOrDefault(code, "Refused"));
				}
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
		return operation;
	}

	private void documentSuccess(ApiResponses responses, Components components, HandlerMethod handler) {
		ResolvableType body = bodyType(handler);
		String mediaType = producedType(handler);
		if (body == null && !JSON.equals(mediaType)) {
			body = ResolvableType.forClass(String.class);
		}
		Set<String> declared = declaredCodes(handler);
		List<String> successCodes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
		if (body == null) {
			// Springdoc answers "200" for a handler without a body; it sends 204.
			if (successCodes.equals(List.of("200")) && !declared.contains("200")) {
				ApiResponse generated = responses.remove("200");
				responses.addApiResponse("204", generated.content(null).description("Done; no content"));
			}
			else if (successCodes.isEmpty()) {
				responses.addApiResponse("204", new ApiResponse().description("Done; no content"));
			}
			return;
		}
		if (successCodes.isEmpty()) {
			responses.addApiResponse(successCode(handler), new ApiResponse().description("OK"));
			successCodes = List.of(successCode(handler));
		}
		for (String code : successCodes) {
			ApiResponse response = responses.get(code);
			if (response.getContent() == null || response.getContent().isEmpty()) {
				response
					.setContent(new Content().addMediaType(mediaType, new MediaType().schema(SpringDocAnnotationsUtils
						.extractSchema(components, body.getType(), null, new Annotation[0], SpecVersion.V31))));
			}
			else if (response.getContent().containsKey("*/*")) {
				MediaType any = response.getContent().remove("*/*");
				response.getContent().addMediaType(mediaType, any);
			}
		}
	}

	private static void standardError(ApiResponses responses, String code) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(STANDARD_ERRORS.get(code)));
		}
	}

	private static boolean isError(String code) {
		return code.startsWith("4") || code.startsWith("5");
	}

	/**
	 * The type of the body the handler answers with; null when it answers none.
	 */
	private static ResolvableType bodyType(HandlerMethod handler) {
		ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			// As declared (ResponseEntity<X>), so that the schema is X's.
			type = type.getGeneric(0);
		}
		Class<?> raw = type.toClass();
		return (raw == void.class || raw == Void.class) ? null : type;
	}

	private static String producedType(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return (mapping != null && mapping.produces().length > 0) ? mapping.produces()[0] : JSON;
	}

	private static String successCode(HandlerMethod handler) {
		ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		return (status != null) ? String.valueOf(status.code().value()) : "200";
	}

	private static Set<String> declaredCodes(HandlerMethod handler) {
		return AnnotatedElementUtils
			.findMergedRepeatableAnnotations(handler.getMethod(),
					io.swagger.v3.oas.annotations.responses.ApiResponse.class)
			.stream()
			.map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode)
			.collect(Collectors.toSet());
	}

	/**
	 * The problem schema with the fields the API really sends, replacing the one
	 * generated from Spring's class.
	 */
	@Override
	public void customise(OpenAPI openApi) {
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		components.addSchemas(FIELD_ERROR, object("A field or parameter that was refused")
			.addProperty("field",
					string("The field's path in the request body (such as languages[0].level), the name of a query or "
							+ "path parameter, or body for the request body as a whole"))
			.addProperty("message", string("What is wrong, in the client's language"))
			.required(List.of("field", "message")));
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", string("A URI that identifies the kind of problem; about:blank for the plain status")
			.format("uri-reference"));
		properties.put("title", string("The status in the client's language"));
		properties.put("status", type("integer", "The HTTP status"));
		properties.put("detail", string("What went wrong, in the client's language"));
		properties.put("instance", string("The request's path").format("uri-reference"));
		properties.put("errors", array("400: every field or parameter that was refused",
				new JsonSchema().$ref("#/components/schemas/" + FIELD_ERROR)));
		properties.put("parameter", string("400: the malformed query or path parameter"));
		properties.put("field", string("422: the field the broken rule concerns"));
		properties.put("reasons", array("422: every reason why a person is not eligible", string(null)));
		properties.put("possibleDuplicates",
				array("409 on registering a person: the case files of the same person the caller may see",
						string(null).format("uuid")));
		properties.put("inOtherTeams",
				type("integer", "409 on registering a person: how many more possible duplicates other teams hold"));
		properties.put("columns",
				array("422 on a referral list: the missing, unknown or repeated columns", string(null)));
		properties.put("row", type("integer", "422 on a referral list: the row from which it cannot be read"));
		Schema<?> problem = object("An RFC 9457 problem detail; the extension fields appear where they apply");
		problem.setProperties(properties);
		problem.required(List.of("type", "title", "status"));
		components.addSchemas(PROBLEM, problem);
	}

	private static Schema<?> object(String description) {
		return type("object", description);
	}

	private static Schema<?> string(String description) {
		return type("string", description);
	}

	private static Schema<?> array(String description, Schema<?> items) {
		return type("array", description).items(items);
	}

	private static Schema<?> type(String type, String description) {
		Schema<?> schema = new JsonSchema().types(Set.of(type));
		return (description != null) ? schema.description(description) : schema;
	}

	/**
	 * Identifiers are plain strings (UUIDs) in the schemas, as in the bodies.
	 */
	@Override
	public Schema<?> resolve(AnnotatedType annotatedType, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		Type type = annotatedType.getType();
		if (type != null && Identifiers.isIdentifier(Json.mapper().constructType(type).getRawClass())) {
			return string(null).format("uuid");
		}
		return chain.hasNext() ? chain.next().resolve(annotatedType, context, chain) : null;
	}

}
