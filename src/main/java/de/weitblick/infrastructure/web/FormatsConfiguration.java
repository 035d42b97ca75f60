package de.weitblick.infrastructure.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import de.weitblick.shared.Formats;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.StringUtils;

/**
 * Dates, times and numbers in the reader's language through one formatter
 * ({@link Formats}): templates write {@code ${#formats.date(day)}} (pages in the
 * request's language, printed documents in the language they are printed in), and a
 * message whose argument is a day or a moment shows it the same way, so Java code hands
 * over the {@code LocalDate} itself instead of a text of its own making.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class FormatsConfiguration {

	@Bean
	FormatsDialect formatsDialect() {
		return new FormatsDialect();
	}

	/**
	 * The message bundles as Spring Boot configures them from {@code spring.messages.*},
	 * with days and moments among the arguments formatted for the reader.
	 */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ReaderFormattedMessages messages = new ReaderFormattedMessages();
		messages.setBasenames(properties.getBasename()
			.stream()
			.map(StringUtils::trimAllWhitespace)
			.map(name -> name.replace('/', '.'))
			.toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return messages;
	}

	/**
	 * The expression object {@code #formats}: the {@link Formats} of the template's
	 * language.
	 */
	static final class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

		private static final String NAME = "formats";

		FormatsDialect() {
			super("Weitblick formats");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of(NAME);
				}

				@Override
				public Object buildObject(IExpressionContext context, String expressionObjectName) {
					return NAME.equals(expressionObjectName) ? Formats.of(context.getLocale()) : null;
				}

				@Override
				public boolean isCacheable(String expressionObjectName) {
					return true;
				}

			};
		}

	}

	/**
	 * Message bundles that format a day, a time or a moment among a message's arguments
	 * as the reader reads it.
	 */
	static final class ReaderFormattedMessages extends ResourceBundleMessageSource {

		@Override
		protected Object[] resolveArguments(Object[] args, Locale locale) {
			Object[] resolved = super.resolveArguments(args, locale);
			Formats formats = Formats.of(locale);
			for (int i = 0; i < resolved.length; i++) {
				resolved[i] = formats.argument(resolved[i]);
			}
			return resolved;
		}

	}

}
