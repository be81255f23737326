package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** The eight big category tiles, icon and words; fires {@link CategoryChosen}. */
class CategoryTiles extends Div {

    CategoryTiles(Function<Category, String> label) {
        addClassName("kiosk-tiles");
        for (Category category : Category.values()) {
            Span words = new Span(label.apply(category));
            NativeButton tile = new NativeButton();
            tile.getElement().appendChild(icon(category).create().getElement(), words.getElement());
            tile.addClassName("kiosk-tile");
            tile.getElement().setAttribute("data-category", category.id());
            tile.addClickListener(e -> fireEvent(new CategoryChosen(this, category)));
            add(tile);
        }
    }

    Registration addCategoryListener(ComponentEventListener<CategoryChosen> listener) {
        return addListener(CategoryChosen.class, listener);
    }

    static VaadinIcon icon(Category category) {
        return switch (category) {
            case ADVICE -> VaadinIcon.PIGGY_BANK_COIN;
            case HEALTHY_LIFESTYLES -> VaadinIcon.HEART;
            case MENTAL_HEALTH -> VaadinIcon.COMMENTS;
            case LONG_TERM_CONDITIONS -> VaadinIcon.DOCTOR;
            case EMPLOYMENT_LEARNING -> VaadinIcon.ACADEMY_CAP;
            case SOCIAL_ACTIVITIES -> VaadinIcon.GROUP;
            case FOOD -> VaadinIcon.CUTLERY;
            case SPORT_PHYSICAL_ACTIVITY -> VaadinIcon.TROPHY;
        };
    }

    /** A resident tapped a category. */
    static final class CategoryChosen extends ComponentEvent<CategoryTiles> {
        private final Category category;

        CategoryChosen(CategoryTiles source, Category category) {
            super(source, false);
            this.category = category;
        }

        Category category() {
            return category;
        }
    }
}
