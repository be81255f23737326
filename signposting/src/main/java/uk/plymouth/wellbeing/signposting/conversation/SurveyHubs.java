package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;

/**
 * Which hub a survey by text is about: listed by short name and number, chosen by its number or its name in the
 * resident's own words ("four greens").
 */
@Component
class SurveyHubs {

    private final Catalogue catalogue;

    SurveyHubs(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The directory's only hub, when it has just one (nothing to ask then). */
    Optional<Hub> onlyHub() {
        List<Hub> hubs = catalogue.hubs();
        return hubs.size() == 1 ? Optional.of(hubs.get(0)) : Optional.empty();
    }

    /** The hubs' short names, in the numbered order residents choose from. */
    List<String> labels() {
        return catalogue.hubs().stream().map(HubNames::shortName).toList();
    }

    /** The hub a reply names: its number in the list, or (three letters or more) words of its name. */
    Optional<Hub> chosen(String text) {
        List<Hub> hubs = catalogue.hubs();
        OptionalInt number = Keywords.number(text);
        if (number.isPresent()) {
            int n = number.getAsInt();
            return n >= 1 && n <= hubs.size() ? Optional.of(hubs.get(n - 1)) : Optional.empty();
        }
        return HubNames.named(hubs, text);
    }

    /** Any hub, for a response whose hub was never asked (the directory changed while it was answered). */
    String anyHubId() {
        return catalogue.hubs().get(0).id();
    }
}
