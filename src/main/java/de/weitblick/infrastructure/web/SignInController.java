package de.weitblick.infrastructure.web;

import de.weitblick.organisation.SignInThrottlePolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. It names why the last attempt failed, without telling whether the
 * account exists.
 */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	private final SignInThrottlePolicy throttle;

	SignInController(ObjectProvider<ClientRegistrationRepository> oidcClients, SignInThrottlePolicy throttle) {
		this.oidcClients = oidcClients;
		this.throttle = throttle;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(name = "error", required = false) String error, Model model) {
		if (error != null) {
			model.addAttribute("errorKey", "sign-in.error.failed");
			model.addAttribute("lockMinutes", this.throttle.lockDuration().toMinutes());
		}
		model.addAttribute("oidcEnabled", this.oidcClients.getIfAvailable() != null);
		return "sign-in";
	}

}
