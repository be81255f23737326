package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** One big tile per category, worded by the screen, each telling which category was chosen. */
class CategoryTilesTest {

    final List<Category> chosen = new ArrayList<>();
    CategoryTiles tiles;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        tiles = new CategoryTiles(category -> "Label " + category.id());
        tiles.addCategoryListener(e -> chosen.add(e.category()));
        UI.getCurrent().add(tiles);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsEightTilesInCategoryOrder() {
        List<NativeButton> shown = tiles();

        assertThat(shown).hasSize(8);
        assertThat(shown).extracting(tile -> tile.getElement().getAttribute("data-category"))
                .containsExactlyElementsOf(Category.ids());
        assertThat(shown).allSatisfy(tile -> assertThat(tile.getClassNames()).contains("kiosk-tile"));
    }

    @Test
    void eachTileShowsItsLabelAndAnIcon() {
        for (NativeButton tile : tiles()) {
            String id = tile.getElement().getAttribute("data-category");
            assertThat(tile.getElement().getTextRecursively()).isEqualTo("Label " + id);
            assertThat(tile.getElement().getChild(0).getTag()).isEqualTo("vaadin-icon");
        }
    }

    @Test
    void eachTileFiresItsOwnCategory() {
        for (NativeButton tile : tiles()) {
            _click(tile);
        }

        assertThat(chosen).containsExactly(Category.values());
    }

    @Test
    void oneTapFiresOnce() {
        NativeButton food = tiles().stream()
                .filter(tile -> "food".equals(tile.getElement().getAttribute("data-category"))).findFirst()
                .orElseThrow();

        _click(food);

        assertThat(chosen).containsExactly(Category.FOOD);
    }

    @Test
    void everyCategoryHasAnIcon() {
        assertThat(Arrays.stream(Category.values()).map(CategoryTiles::icon)).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    private List<NativeButton> tiles() {
        return _find(tiles, NativeButton.class);
    }
}
