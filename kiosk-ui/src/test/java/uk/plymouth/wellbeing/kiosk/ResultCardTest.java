package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.search.Snippet;

/** A result card shows what a resident needs to choose, marks the matched words and opens the details. */
class ResultCardTest {

    static final Snippet SNIPPET = new Snippet(List.of(new Snippet.Part("Weekly support to ", false),
            new Snippet.Part("stop smoking", true), new Snippet.Part(", with free patches.", false)));

    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTitleWhereWhenAndCost() {
        ResultCard card = card(content(null, null, "Next: Tuesday 10am"));

        Anchor link = _get(_get(card, H3.class), Anchor.class);
        assertThat(link.getText()).isEqualTo("Stop smoking support");
        assertThat(link.getHref()).isEqualTo("service/cl-stop-smoking");
        assertThat(metaTexts(card)).containsExactly("Central Library, City Centre", "Next: Tuesday 10am", "Free");
        assertThat(card.getElement().getAttribute("data-item")).isEqualTo("cl-stop-smoking");
        assertThat(card.getClassNames()).contains("kiosk-card");
    }

    @Test
    void leavesOutWhenThereIsNoNextSession() {
        ResultCard card = card(content(null, null, null));

        assertThat(metaTexts(card)).containsExactly("Central Library, City Centre", "Free");
        assertThat(badges(card)).isEmpty();
    }

    @Test
    void showsTheOnNowBadge() {
        ResultCard card = card(content(null, "On now", "Next: today 10am"));

        assertThat(badges(card)).singleElement().satisfies(badge -> {
            assertThat(badge.getText()).isEqualTo("On now");
            assertThat(badge.getClassNames()).contains("kiosk-badge", "open").doesNotContain("closed");
        });
    }

    @Test
    void closedBadgeWinsOverOnNow() {
        ResultCard card = card(content("Temporarily closed", "On now", null));

        assertThat(badges(card)).singleElement().satisfies(badge -> {
            assertThat(badge.getText()).isEqualTo("Temporarily closed");
            assertThat(badge.getClassNames()).contains("kiosk-badge", "closed").doesNotContain("open");
        });
    }

    @Test
    void rendersMatchedSnippetPartsAsEmphasisAndTheRestAsPlainText() {
        ResultCard card = card(content(null, null, null));

        Paragraph snippet = _get(card, Paragraph.class);
        List<Component> parts = snippet.getChildren().toList();
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isInstanceOf(Span.class);
        assertThat(parts.get(1)).isInstanceOf(Emphasis.class);
        assertThat(((HasText) parts.get(1)).getText()).isEqualTo("stop smoking");
        assertThat(parts.get(2)).isInstanceOf(Span.class);
        assertThat(snippet.getElement().getTextRecursively()).isEqualTo(SNIPPET.text());
        assertThat(_find(card, Emphasis.class)).hasSize(1);
    }

    @Test
    void contentIsShownAsTextNeverAsHtml() {
        ResultCard card = card(new ResultCard.Content("x", "<b>Bold</b>", "<i>here</i>", null, "Free", null, null,
                Snippet.plain("<script>alert(1)</script>"), "service/x"));

        assertThat(_get(card, Anchor.class).getText()).isEqualTo("<b>Bold</b>");
        assertThat(_get(card, Paragraph.class).getElement().getTextRecursively())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(card.getElement().getOuterHTML()).doesNotContain("<b>").doesNotContain("<script>");
    }

    @Test
    void clickingAnywhereOnTheCardOpensIt() {
        ResultCard card = card(content(null, null, null));

        _fireDomEvent(card, "click");

        assertThat(opened).containsExactly("cl-stop-smoking");
    }

    private ResultCard card(ResultCard.Content content) {
        ResultCard card = new ResultCard(content);
        card.addOpenListener(e -> opened.add(e.id()));
        UI.getCurrent().add(card);
        return card;
    }

    private static ResultCard.Content content(@Nullable String closed, @Nullable String onNow, @Nullable String when) {
        return new ResultCard.Content("cl-stop-smoking", "Stop smoking support", "Central Library, City Centre", when,
                "Free", closed, onNow, SNIPPET, "service/cl-stop-smoking");
    }

    private static List<String> metaTexts(ResultCard card) {
        Div meta = _get(card, Div.class, spec -> spec.withClasses("kiosk-meta"));
        return meta.getChildren().filter(c -> !c.getClassNames().contains("kiosk-badge"))
                .map(c -> ((HasText) c).getText()).toList();
    }

    private static List<Span> badges(ResultCard card) {
        return _find(card, Span.class, spec -> spec.withClasses("kiosk-badge"));
    }
}
