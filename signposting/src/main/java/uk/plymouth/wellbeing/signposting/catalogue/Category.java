package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The fixed categories every hub uses. The ids are part of the content format and the open data API. */
public enum Category {
    ADVICE("advice", "Money, housing and advice",
            "advice money benefits debt housing rent bills energy council tax care carers advocacy form"),
    HEALTHY_LIFESTYLES("healthy-lifestyles", "Healthy lifestyles",
            "healthy lifestyle stop smoking quit weight healthy eating alcohol drinking health check"),
    MENTAL_HEALTH("mental-health", "Mental health and someone to talk to",
            "mental health wellbeing counselling befriending talk talking support anxiety depression stress lonely"),
    LONG_TERM_CONDITIONS("long-term-conditions", "Living with a long-term condition",
            "long-term condition self-management diabetes breathing lungs arthritis pain heart memory dementia"),
    EMPLOYMENT_LEARNING("employment-learning", "Work, learning and computers",
            "employment job work learning training course volunteering digital computer online skills"),
    SOCIAL_ACTIVITIES("social-activities", "Social groups, arts and crafts",
            "social group activities arts crafts friends meet people peer support club"),
    FOOD("food", "Food", "food bank parcel pantry meals cooking emergency food club"),
    SPORT_PHYSICAL_ACTIVITY("sport-physical-activity", "Sport and keeping active",
            "sport physical activity exercise fitness active walking football");

    private final String id;
    private final String label;
    private final String searchWords;

    Category(String id, String label, String searchWords) {
        this.id = id;
        this.label = label;
        this.searchWords = searchWords;
    }

    /** The stable id used in content files, URLs and the API, e.g. {@code mental-health}. */
    public String id() {
        return id;
    }

    /** A plain-English name for residents. Screens translate by id; this is the English default. */
    public String label() {
        return label;
    }

    /** Everyday words for this category, indexed with every item in it so broad needs still find it. */
    public String searchWords() {
        return searchWords;
    }

    public static Optional<Category> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Category::id).toList();
    }
}
