package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;

/**
 * The list of facts on a service's or activity's details page (what, who, when, where, getting in, cost, how, phone),
 * in the same terms and order as {@link DetailView} shows them, for a preview of an item that is not live yet.
 */
class ItemDetailsList extends DescriptionList {

    ItemDetailsList(DirectoryItem item, @Nullable Hub hub, Catalogue catalogue, ItemWords words, Locale locale) {
        add(term("kiosk.detail.what", item.description(), locale));
        String whoFor = item instanceof HubService service ? service.whoFor() : ((Activity) item).whoFor();
        if (whoFor != null && !whoFor.isBlank()) {
            add(term("kiosk.detail.who", whoFor, locale));
        }
        String next = words.when(item, locale);
        add(term("kiosk.detail.when", sentence(words.whenInWords(item)) + (next == null ? "" : " " + next),
                locale));
        if (hub != null) {
            add(term("kiosk.detail.where", sentence(hub.name() + ", " + hub.addressInOneLine())
                    + (hub.gettingThere() == null ? "" : " " + hub.gettingThere()), locale));
            add(term("kiosk.detail.access", hub.accessibility(), locale));
        }
        if (item.hubIds().size() > 1) {
            add(term("kiosk.detail.alsoAt", item.hubIds().stream().filter(id -> hub == null || !id.equals(hub.id()))
                    .map(catalogue::hub).flatMap(Optional::stream).map(Hub::name)
                    .reduce((a, b) -> a + ", " + b).orElse(""), locale));
        }
        add(term("kiosk.detail.cost", words.cost(item, locale), locale));
        add(term("kiosk.detail.how", words.howToGetIt(item, locale), locale));
        String phone = item instanceof HubService service && service.contact().phone() != null
                ? service.contact().phone() : hub == null ? null : hub.phone();
        if (phone != null) {
            add(term("kiosk.detail.phone", phone, locale));
        }
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    private Component term(String key, String description, Locale locale) {
        Div pair = new Div();
        pair.getElement().appendChild(new Term(getTranslation(locale, key)).getElement(),
                new Description(description).getElement());
        return pair;
    }
}
