package de.weitblick.publishing;

import java.util.List;

import de.weitblick.publishing.PageText.Block;
import de.weitblick.publishing.PageText.Inline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small markup of the legal pages: headings, paragraphs with their line breaks,
 * lists, safe links and placeholders; everything else stays text.
 */
class PageTextTests {

	@Test
	void headingsParagraphsAndListsBecomeBlocksInTheirOrder() {
		PageText text = PageText.parse("""
				## Herausgeber

				Magistrat der Stadt Kassel
				Obere Königsstraße 8

				- erstens
				- zweitens
				Nach der Liste
				""");

		assertThat(text.blocks()).extracting(Block::kind)
			.containsExactly(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.LIST, Block.Kind.PARAGRAPH);
		assertThat(text.blocks().get(1).inlines()).extracting(Inline::kind)
			.containsExactly(Inline.Kind.TEXT, Inline.Kind.BREAK, Inline.Kind.TEXT);
		assertThat(text.blocks().get(2).items()).hasSize(2);
	}

	@Test
	void onlyWebMailAndTelephoneAddressesBecomeLinks() {
		List<Inline> inlines = PageText
			.parse("[Schlichtungsstelle](https://www.schlichtungsstelle-bgg.de) und [böse](javascript:alert(1)) "
					+ "und [Mail](mailto:barrierefreiheit@example.org)")
			.blocks()
			.get(0)
			.inlines();

		assertThat(inlines).filteredOn(inline -> inline.kind() == Inline.Kind.LINK)
			.extracting(Inline::href)
			.containsExactly("https://www.schlichtungsstelle-bgg.de", "mailto:barrierefreiheit@example.org");
		assertThat(inlines).filteredOn(inline -> inline.kind() == Inline.Kind.TEXT)
			.extracting(Inline::text)
			.anySatisfy(text -> assertThat(text).contains("[böse](javascript:alert(1))"));
	}

	@Test
	void htmlStaysTextAndPlaceholdersAreMarked() {
		List<Inline> inlines = PageText.parse("<script>alert(1)</script> [ZU ERGÄNZEN: Telefonnummer]")
			.blocks()
			.get(0)
			.inlines();

		assertThat(inlines).extracting(Inline::kind).containsExactly(Inline.Kind.TEXT, Inline.Kind.PLACEHOLDER);
		assertThat(inlines.get(0).text()).isEqualTo("<script>alert(1)</script> ");
		assertThat(PageText.hasPlaceholder("Telefon: [TO BE COMPLETED: number]")).isTrue();
		assertThat(PageText.hasPlaceholder("Telefon: 0561 787-0")).isFalse();
	}

}
