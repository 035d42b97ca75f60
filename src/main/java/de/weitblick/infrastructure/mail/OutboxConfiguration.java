package de.weitblick.infrastructure.mail;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * Without a mail server ({@code spring.mail.host}, env {@code SPRING_MAIL_HOST}) the
 * mails go to the local outbox; {@code weitblick.mail.outbox=false} sends none at all.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	@Conditional(NoMailServer.class)
	LocalOutbox localOutbox(JdbcClient jdbc, Clock clock) {
		return new LocalOutbox(jdbc, clock);
	}

	static class NoMailServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
					&& context.getEnvironment().getProperty("weitblick.mail.outbox", Boolean.class, true);
		}

	}

}
