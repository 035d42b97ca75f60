package de.weitblick.infrastructure.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description partners generate their clients from; {@link ApiContract} holds
 * the conventions every operation follows.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	@Bean
	OpenAPI weitblickOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Weitblick API")
				.version("v1")
				.description("Municipal labour-market promotion (Kommunale Arbeitsförderung): projects, focus groups, "
						+ "organisation, funding and the labour-market dialogue. Errors are RFC 9457 problem details; "
						+ "messages follow Accept-Language (German by default, English on request).")
				.license(new License().name("EUPL-1.2")
					.url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	ApiContract apiContract() {
		return new ApiContract();
	}

}
