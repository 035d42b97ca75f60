package de.weitblick.infrastructure.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import jakarta.servlet.MultipartConfigElement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What the application accepts as input. JSON is read as it is written: a value of the
 * wrong type is refused, never converted (a number is no date, no enum constant and no
 * text; a text is no number), and no text may hold a NUL character, which PostgreSQL
 * cannot store. Each refusal becomes a {@code 400} naming the field
 * ({@link ApiProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration {

	/**
	 * The character PostgreSQL refuses in text.
	 */
	static final char NUL = '\u0000';

	/**
	 * Just before Spring Security's filter chain, which runs at -100 by default.
	 */
	private static final int BEFORE_SECURITY = -101;

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			// Dates and times only as ISO text: no epoch numbers, no day 31 of February.
			.defaultLeniency(false)
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("weitblick-text").addDeserializer(String.class, new TextWithoutNul()))
			.addModule(Identifiers.jsonModule());
	}

	/**
	 * Answers an upload over the limit before Spring Security reads the form's CSRF token
	 * from it, but after the session is available for the page's message.
	 */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MultipartConfigElement multipart,
			MessageSource messages, LocaleResolver locales, JsonMapper json,
			@Value("${server.error.path:/error}") String errorPath) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(multipart, messages, locales, json, errorPath));
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

	/**
	 * Text as usual, refused when it holds a NUL character.
	 */
	private static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && text.indexOf(NUL) >= 0) {
				throw InvalidFormatException.from(parser, "Text with a NUL character", text, String.class);
			}
			return text;
		}

	}

}
