package de.weitblick.infrastructure.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents on every operation of the API that it answers {@code 503} with a problem
 * detail and {@code Retry-After} when the database does not answer or no connection is
 * free: any operation can meet that, sign-in included.
 */
@Component
class DatabaseUnavailableResponses implements GlobalOpenApiCustomizer {

	static final String STATUS = "503";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getResponses() != null && !operation.getResponses().containsKey(STATUS)) {
				operation.getResponses().addApiResponse(STATUS, response());
			}
		}));
	}

	private static ApiResponse response() {
		ObjectSchema problem = new ObjectSchema();
		problem.addProperty("type", new StringSchema());
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		return new ApiResponse()
			.description("The database does not answer or no connection was free in time; nothing was changed. "
					+ "Ask again after Retry-After seconds.")
			.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()))
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
	}

}
