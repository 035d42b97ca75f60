package de.weitblick.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import com.sun.management.OperatingSystemMXBean;
import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What signing in costs a partner's API call: processor time and latency of one call with
 * an API token against the same call with HTTP Basic, which hashes the password again on
 * every call. Run on demand:
 * {@code ./mvnw -Pbenchmark test -Dtest=ApiAuthenticationBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class ApiAuthenticationBenchmark {

	/** The demo data's partner account of the Jobcenter. */
	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000003007");

	/** A small read that every partner may make: little but the sign-in to measure. */
	private static final String CALL = "/api/v1/focus-groups";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	/** The password check of form and HTTP Basic. */
	@Autowired
	AuthenticationProvider passwords;

	@Test
	void anApiCallWithATokenAgainstOneWithHttpBasic() throws Exception {
		int warmUp = Integer.getInteger("weitblick.bench.warm-up", 300);
		int tokenCalls = Integer.getInteger("weitblick.bench.token-calls", 2000);
		int basicCalls = Integer.getInteger("weitblick.bench.basic-calls", 50);
		String secret = this.apiTokens
			.issue(JOBCENTER, "Benchmark", LocalDate.now().plusDays(1), "Messung der Anmeldekosten", "benchmark")
			.secret();
		WeitblickHttpClient client = new WeitblickHttpClient("http://localhost:" + this.port);
		String[] token = { "Authorization", "Bearer " + secret };
		String[] basic = { "Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("jobcenter:weitblick-demo".getBytes(StandardCharsets.UTF_8)) };
		assertThat(client.get(CALL, token).statusCode()).isEqualTo(200);
		assertThat(client.get(CALL, basic).statusCode()).isEqualTo(200);
		Measurement.measure(warmUp, 1, i -> client.get(CALL, token));
		Measurement.measure(warmUp / 10, 1, i -> client.get(CALL, basic));
		System.out.printf(Locale.ROOT, "%-40s %10s %10s %14s%n", "API call " + CALL, "p50 ms", "p95 ms", "CPU ms/call");
		report("with an API token", tokenCalls, client, token);
		report("with HTTP Basic", basicCalls, client, basic);

		// The sign-in alone, on this thread: what each way adds to a call (the database's
		// own share of the token's look-up is not in it).
		System.out.printf(Locale.ROOT, "%-40s %14s%n", "sign-in alone", "CPU ms");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		signInAlone("API token (SHA-256 and look-up)", tokenCalls, threads, () -> this.apiTokens.signIn(secret));
		signInAlone("password (HTTP Basic)", basicCalls, threads, () -> this.passwords
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("jobcenter", "weitblick-demo")));
	}

	private static void signInAlone(String what, int times, ThreadMXBean threads, Runnable signIn) {
		long before = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < times; i++) {
			signIn.run();
		}
		System.out.printf(Locale.ROOT, "%-40s %14.2f%n", what,
				(threads.getCurrentThreadCpuTime() - before) / 1e6 / times);
	}

	private static void report(String what, int calls, WeitblickHttpClient client, String[] headers) throws Exception {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		Measurement.Figures figures = Measurement.measure(0, calls, i -> {
			if (client.get(CALL, headers).statusCode() != 200) {
				throw new IllegalStateException("The call was refused");
			}
		});
		double cpuPerCall = (os.getProcessCpuTime() - cpuBefore) / 1e6 / calls;
		System.out.printf(Locale.ROOT, "%-40s %10.1f %10.1f %14.2f%n", what, figures.p50(), figures.p95(), cpuPerCall);
	}

}
