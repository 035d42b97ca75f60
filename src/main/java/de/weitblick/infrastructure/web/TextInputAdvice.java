package de.weitblick.infrastructure.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters, path variables and form fields bound as text never hold a NUL
 * character, which PostgreSQL cannot store: such a value is refused where it is bound, so
 * a form shows it as the field's error ({@code typeMismatch.java.lang.String}) and the
 * API answers {@code 400} naming the parameter. JSON bodies are checked by
 * {@link InputConfiguration}.
 */
@ControllerAdvice
class TextInputAdvice {

	@InitBinder
	void refuseNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextWithoutNul());
	}

	private static final class TextWithoutNul extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && text.indexOf(InputConfiguration.NUL) >= 0) {
				throw new IllegalArgumentException("Text with a NUL character");
			}
			setValue(text);
		}

	}

}
