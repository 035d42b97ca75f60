package de.weitblick.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the nightly jobs, such as the retention job, and the work that follows a commit in
 * the background, such as notification mails (asynchronous module event listeners).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {

}
