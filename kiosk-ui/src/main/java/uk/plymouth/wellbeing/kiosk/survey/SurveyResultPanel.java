package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult;

/**
 * What a finished survey comes to, in the survey's own kind words (the score in words, never a diagnosis), and,
 * when the score is in the survey's lowest band, the ways to support: two topics and "Ask us to call you".
 */
class SurveyResultPanel extends Div {

    /** The topics offered with a low wellbeing score. */
    static final List<Category> SUPPORT = List.of(Category.MENTAL_HEALTH, Category.SOCIAL_ACTIVITIES);

    /** What the result screen can lead to; the view decides where each goes. */
    interface Ways {
        String categoryLabel(Category category);

        void showCategory(Category category);

        void askUsToCallYou();
    }

    final List<Paragraph> message = new ArrayList<>();
    final List<Button> topics = new ArrayList<>();
    @Nullable Button callMe;
    @Nullable Div offers;
    @Nullable Paragraph followUp;

    /** @param followUpLine "We will text you in 8 weeks to ask again." when they chose a follow-up, else null */
    SurveyResultPanel(SurveyResult result, boolean lowest, @Nullable String followUpLine, Ways ways) {
        addClassName("kiosk-survey-result");
        Div panel = new Div();
        panel.addClassName("kiosk-panel");
        for (String line : result.message().split("\n")) {
            if (!line.isBlank()) {
                Paragraph said = new Paragraph(line.strip());
                message.add(said);
                panel.add(said);
            }
        }
        if (followUpLine != null) {
            Paragraph texted = new Paragraph(followUpLine);
            texted.addClassName("kiosk-survey-follow-up-booked");
            followUp = texted;
            panel.add(texted);
        }
        add(panel);
        if (lowest) {
            add(offers(ways));
        }
    }

    private Div offers(Ways ways) {
        Div shown = new Div();
        shown.addClassName("kiosk-survey-offers");
        shown.add(new H2(getTranslation("kiosk.survey.offer.title")),
                new Paragraph(getTranslation("kiosk.survey.offer.intro")));
        Div links = new Div();
        links.addClassName("kiosk-actions");
        for (Category category : SUPPORT) {
            Button topic = new Button(ways.categoryLabel(category), VaadinIcon.ARROW_RIGHT.create(),
                    e -> ways.showCategory(category));
            topic.addThemeVariants(ButtonVariant.LUMO_LARGE);
            topic.addClassName("kiosk-secondary");
            topic.getElement().setAttribute("data-category", category.id());
            topics.add(topic);
            links.add(topic);
        }
        Button call = new Button(getTranslation("kiosk.callback.start"), VaadinIcon.PHONE.create(),
                e -> ways.askUsToCallYou());
        call.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callMe = call;
        links.add(call);
        shown.add(links);
        offers = shown;
        return shown;
    }
}
