package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search box suggests as the resident types and hands over trimmed words; it never searches for nothing. */
class SearchBoxTest {

    final List<String> asked = new ArrayList<>();
    final List<String> searched = new ArrayList<>();
    SearchBox box;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        box = new SearchBox(typed -> {
            asked.add(typed);
            return typed.contains("smok") ? List.of("stop smoking", "smoking and vaping") : List.of();
        }, "What do you need help with?", "For example: food bank", "Search");
        box.addSearchListener(e -> searched.add(e.text()));
        UI.getCurrent().add(box);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void typingShowsTheSuggestionsAsButtons() {
        _setValue(box.field, "smok");

        assertThat(asked).containsExactly("smok");
        assertThat(suggestionTexts()).containsExactly("stop smoking", "smoking and vaping");
        assertThat(searched).isEmpty();
    }

    @Test
    void newTypingReplacesTheSuggestionsAndOneLetterShowsNone() {
        _setValue(box.field, "smok");
        _setValue(box.field, "food");
        assertThat(suggestionTexts()).isEmpty();

        _setValue(box.field, "smok");
        _setValue(box.field, "s");
        assertThat(suggestionTexts()).isEmpty();
        assertThat(asked).containsExactly("smok", "food", "smok");
    }

    @Test
    void clickingASuggestionSearchesForIt() {
        _setValue(box.field, "smok");

        _click(_find(box.suggestions, Button.class).get(1));

        assertThat(searched).containsExactly("smoking and vaping");
        assertThat(box.field.getValue()).isEqualTo("smoking and vaping");
    }

    @Test
    void pressingSearchSendsTheTrimmedWords() {
        _setValue(box.field, "  stop smoking  ");

        _click(box.search);

        assertThat(searched).containsExactly("stop smoking");
    }

    @Test
    void pressingEnterSearchesToo() {
        pressEnter(" food bank ");

        assertThat(searched).containsExactly("food bank");
    }

    @Test
    void blankWordsSearchForNothing() {
        _click(box.search);
        _setValue(box.field, "   ");
        _click(box.search);
        pressEnter("   ");

        assertThat(searched).isEmpty();
    }

    @Test
    void showTextFillsTheFieldAndClearsTheSuggestions() {
        _setValue(box.field, "smok");

        box.showText("stop smoking");

        assertThat(box.field.getValue()).isEqualTo("stop smoking");
        assertThat(suggestionTexts()).isEmpty();
    }

    @Test
    void fieldIsLimitedAndWorksWithTheOnScreenKeyboard() {
        assertThat(box.field.getMaxLength()).isEqualTo(SearchBox.MAX_LENGTH).isEqualTo(200);
        assertThat(box.field.getElement().getAttribute("data-keyboard")).isEqualTo("text");
        assertThat(box.field.getElement().getAttribute("autocomplete")).isEqualTo("off");
        assertThat(box.field.getLabel()).isEqualTo("What do you need help with?");
        assertThat(box.field.getPlaceholder()).isEqualTo("For example: food bank");
        assertThat(box.search.getText()).isEqualTo("Search");
        assertThat(box.suggestions.getElement().getAttribute("aria-live")).isEqualTo("polite");
    }

    private List<String> suggestionTexts() {
        return _find(box.suggestions, Button.class).stream().map(Button::getText).toList();
    }

    /** Enter as the browser sends it: the keydown, filtered in the browser, with the text as typed. */
    private void pressEnter(String typed) {
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put(SearchBox.TYPED, typed);
        data.put("event.key === 'Enter'", true); // Flow sends the filter's outcome with the event
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(box.field, "keydown", data);
    }
}
