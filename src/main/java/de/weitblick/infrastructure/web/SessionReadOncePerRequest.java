package de.weitblick.infrastructure.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a page's session from the database once instead of twice.
 * <p>
 * Spring Session writes the session back twice for a page: when the response is committed
 * and again when the request ends. Between the two it forgets the session it read, so the
 * second write reads it once more from the database, only to find nothing changed
 * (spring-session issues 1424 and 1731): one more statement and transaction on every
 * page. Within a request, the session repository here hands out again the session it read
 * or wrote for that request; outside a request, as in the nightly clean-up, it works
 * unchanged. Sessions of other requests are never shared: what is remembered belongs to
 * the request's own thread and is dropped when the request ends.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOncePerRequest {

	/** The sessions read or written by the current request, by session id. */
	private static final ThreadLocal<Map<String, Session>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor sessionRepositoryReadingOncePerRequest() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				// A subclass, so that whoever asks for the JDBC repository itself still
				// gets
				// it.
				proxy.setProxyTargetClass(true);
				proxy.addAdvice((MethodInterceptor) SessionSavedWithoutWaitingForTheDisk::commitSavesWithoutWaiting);
				proxy.addAdvice((MethodInterceptor) SessionReadOncePerRequest::rememberWithinRequest);
				return proxy.getProxy();
			}

		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequestScope() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new RequestScope());
		// Around the session filter, so both of its writes happen within the request.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	private static Object rememberWithinRequest(MethodInvocation invocation) throws Throwable {
		Map<String, Session> read = READ_IN_THIS_REQUEST.get();
		if (read == null) {
			return invocation.proceed();
		}
		switch (invocation.getMethod().getName()) {
			case "findById" -> {
				String id = (String) invocation.getArguments()[0];
				Session remembered = read.get(id);
				if (remembered != null) {
					return remembered;
				}
				Object found = invocation.proceed();
				if (found instanceof Session session) {
					read.put(id, session);
				}
				return found;
			}
			case "save" -> {
				Object result = invocation.proceed();
				if (invocation.getArguments()[0] instanceof Session session) {
					read.put(session.getId(), session);
				}
				return result;
			}
			case "deleteById" -> {
				read.remove((String) invocation.getArguments()[0]);
				return invocation.proceed();
			}
			default -> {
				return invocation.proceed();
			}
		}
	}

	private static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			READ_IN_THIS_REQUEST.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ_IN_THIS_REQUEST.remove();
			}
		}

	}

}
