// The error summary of a refused form (fragments/fields :: errorSummary): the server lists
// the errors in the order validation found them, each linking to its field. Here each entry
// is put in the order of the form and, where its message does not name the field, named by
// the field's label ("Ort: Höchstens 100 Zeichen."), so a
// person reads the errors as the form asks its questions; then the summary takes the focus
// again. Without scripts the summary still lists and links every error.
(function () {
	'use strict';

	function labelOf(field) {
		if (field.id) {
			var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
			if (label) {
				return label;
			}
		}
		var fieldset = field.closest('fieldset');
		return fieldset ? fieldset.querySelector('legend') : null;
	}

	// The label's own words, without the "Pflichtfeld" marker and hidden hints.
	function nameOf(label) {
		var copy = label.cloneNode(true);
		copy.querySelectorAll('.wb-required, .wb-visually-hidden, .kern-hint').forEach(function (part) {
			part.remove();
		});
		return copy.textContent.replace(/\s+/g, ' ').trim().replace(/[:*]$/, '');
	}

	function arrange(summary) {
		var list = summary.querySelector('ul');
		if (!list) {
			return;
		}
		var entries = Array.prototype.map.call(list.children, function (item, index) {
			var link = item.querySelector('a[href^="#"]');
			var field = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) : null;
			return { item: item, link: link, field: field, index: index };
		});
		entries.forEach(function (entry) {
			if (!entry.field) {
				return;
			}
			var label = labelOf(entry.field);
			var name = label ? nameOf(label) : '';
			var message = entry.link.textContent.trim();
			// A message that already names its field ("Eine Postleitzahl hat fünf Ziffern.")
			// stays as it is.
			if (name && message.toLowerCase().indexOf(name.toLowerCase()) === -1) {
				entry.link.textContent = name + ': ' + message;
			}
		});
		// Fields first, in the order of the form; errors of the whole form after them, as
		// the server listed them.
		entries.sort(function (a, b) {
			if (a.field && b.field) {
				if (a.field === b.field) {
					return a.index - b.index;
				}
				return (a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1;
			}
			if (a.field || b.field) {
				return a.field ? -1 : 1;
			}
			return a.index - b.index;
		});
		entries.forEach(function (entry) {
			list.appendChild(entry.item);
			// Following an entry puts the cursor into its field, with the label in view.
			if (entry.field && entry.link) {
				entry.link.addEventListener('click', function (event) {
					event.preventDefault();
					var label = labelOf(entry.field);
					(label || entry.field).scrollIntoView();
					entry.field.focus({ preventScroll: true });
				});
			}
		});
		summary.focus();
	}

	function start() {
		document.querySelectorAll('[data-error-summary]').forEach(arrange);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
