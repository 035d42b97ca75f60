package de.weitblick.publishing.news.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.publishing.news.NewsArticle;
import de.weitblick.publishing.news.NewsDesk;
import de.weitblick.publishing.news.NewsDesk.Image;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public news pages and the editors' desk: drafts, review by a second person,
 * publishing.
 */
@Controller
class NewsController {

	static final String MANAGE = "/news/manage";

	private final NewsDesk desk;

	NewsController(NewsDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/news")
	String news(Model model) {
		model.addAttribute("articles", this.desk.published());
		return "publishing/news";
	}

	@GetMapping("/news/articles/{id}")
	String article(@PathVariable UUID id, Model model) {
		model.addAttribute("article", this.desk.publicArticle(id));
		model.addAttribute("imageUrl", "/news/articles/" + id + "/image");
		return "publishing/article";
	}

	@GetMapping("/news/articles/{id}/image")
	ResponseEntity<byte[]> publicImage(@PathVariable UUID id) {
		return image(this.desk.image(id, true));
	}

	@GetMapping(MANAGE)
	String desk(Model model) {
		model.addAttribute("articles", this.desk.all());
		return "publishing/news-desk";
	}

	@GetMapping(MANAGE + "/new")
	String create(Model model) {
		model.addAttribute("form", new NewsForm());
		return form(null, model);
	}

	@PostMapping(MANAGE)
	String write(@Valid @ModelAttribute("form") NewsForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) throws IOException {
		if (!errors.hasErrors()) {
			try {
				UUID id = this.desk.write(form.toDraft(), authentication.getName());
				redirect.addFlashAttribute("doneKey", "news.saved");
				return "redirect:" + MANAGE + "/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
		}
		return form(null, model);
	}

	@GetMapping(MANAGE + "/{id}")
	String edit(@PathVariable UUID id, Model model) {
		NewsArticle article = existing(id);
		model.addAttribute("form", NewsForm.of(article));
		return form(article, model);
	}

	@GetMapping(MANAGE + "/{id}/image")
	ResponseEntity<byte[]> draftImage(@PathVariable UUID id) {
		return image(this.desk.image(id, false));
	}

	@PostMapping(MANAGE + "/{id}")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") NewsForm form, BindingResult errors,
			Authentication authentication, Model model, RedirectAttributes redirect) throws IOException {
		NewsArticle article = existing(id);
		if (form.getVersion() == null) {
			errors.reject("news.rule.version-required");
		}
		if (!errors.hasErrors()) {
			try {
				this.desk.revise(id, form.getVersion(), form.toDraft(), authentication.getName());
				redirect.addFlashAttribute("doneKey", "news.saved");
				return "redirect:" + MANAGE + "/" + id;
			}
			catch (RuleViolation violation) {
				reject(errors, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("news.changed-in-the-meantime");
				form.setVersion(article.version());
			}
		}
		return form(article, model);
	}

	@PostMapping(MANAGE + "/{id}/submission")
	String submit(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return step(id, redirect, "news.submitted", () -> this.desk.submit(id, version, authentication.getName()));
	}

	@PostMapping(MANAGE + "/{id}/publication")
	String publish(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return step(id, redirect, "news.published", () -> this.desk.publish(id, version, authentication.getName()));
	}

	@PostMapping(MANAGE + "/{id}/return")
	String returnToDraft(@PathVariable UUID id, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		return step(id, redirect, "news.returned",
				() -> this.desk.returnToDraft(id, version, authentication.getName()));
	}

	private String step(UUID id, RedirectAttributes redirect, String doneKey, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("doneKey", doneKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusalKey", violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("refusalKey", "news.changed-in-the-meantime");
		}
		return "redirect:" + MANAGE + "/" + id;
	}

	private NewsArticle existing(UUID id) {
		return this.desk.article(id).orElseThrow(() -> new NotFound("news.not-found"));
	}

	private String form(NewsArticle article, Model model) {
		model.addAttribute("article", article);
		return "publishing/news-form";
	}

	private static ResponseEntity<byte[]> image(Image image) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.bytes());
	}

	private static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
