package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * Answers to an {@link ItemQuestion} from the item's own fields (its cost, times, how to get in, who it is for,
 * phone), for the hub it was shown for. When the listing does not hold the answer, it says so plainly and gives the
 * number to ring. GSM-7, two segments at most.
 */
@Component
class ItemAnswers {

    private static final int TITLE = 40;

    private final ItemDetailsText details;
    private final Timetable timetable;

    ItemAnswers(ItemDetailsText details, Timetable timetable) {
        this.details = details;
        this.timetable = timetable;
    }

    String answer(ItemQuestion question, DirectoryItem item, @Nullable String hubId) {
        Optional<Hub> hub = details.hubFor(item, hubId);
        String title = ReplyTexts.shortened(item.title(), TITLE);
        String ask = askFor(item, hub);
        String text;
        switch (question) {
            case COST:
                text = cost(item, title, ask);
                break;
            case WHEN:
                text = item.status() != ItemStatus.ACTIVE ? title + " is closed for now. " + ask
                        : title + ": " + timetable.whenInWords(item, hub.map(Hub::id).orElse(null)) + ". Next: "
                                + timetable.nextInWords(item) + ".";
                break;
            case BOOKING:
                text = title + ": " + access(item) + " " + ask;
                break;
            case VOUCHER:
                text = sentenceAbout(item, "voucher", "referral", "refer")
                        .map(said -> title + ": " + said + " " + ask)
                        .orElse("The listing for " + title + " does not say you need a voucher or referral. "
                                + access(item) + " " + ask);
                break;
            case BRING:
                text = sentenceAbout(item, "bring", "proof", "documents", " id ")
                        .map(said -> title + ": " + said + " " + ask)
                        .orElse("The listing for " + title + " does not say what to bring. " + ask);
                break;
            case PRIVATE:
                text = sentenceAbout(item, "confidential", "private", "anonymous", "in confidence")
                        .map(said -> title + ": " + said + " " + ask)
                        .orElse("The listing for " + title + " does not say. " + ask);
                break;
            case PHONE:
                text = ItemDetailsText.phoneFor(item, hub).map(phone -> title + ": call " + phone + ".")
                        .orElse("The listing for " + title + " has no phone number. Text HELP for the hubs' numbers.");
                break;
            case WHO_FOR:
                text = whoFor(item).map(who -> title + " is for: " + who)
                        .orElse("The listing for " + title + " does not say who it is for. " + ask);
                break;
            default:
                text = title + ": " + item.summary().strip() + " " + item.description().strip();
                break;
        }
        return ReplyTexts.fit(text.replaceAll("\\s+", " ").strip());
    }

    /** "Ask Four Greens on 01632 960300." */
    private static String askFor(DirectoryItem item, Optional<Hub> hub) {
        return ItemDetailsText.phoneFor(item, hub).map(phone -> "Ask " + hub.map(HelpReply::shortName).orElse("them") + " on " + phone
                + ".").orElse("Text HELP for the hubs' numbers.");
    }

    private static String cost(DirectoryItem item, String title, String ask) {
        String said = item.cost().text().strip();
        if (said.isEmpty()) {
            return "The listing for " + title + " does not say what it costs. " + ask;
        }
        if (item.cost().free()) {
            boolean onlyFree = said.replaceAll("[.!]", "").equalsIgnoreCase("free");
            return title + " is free." + (onlyFree ? "" : " " + capitalised(said));
        }
        return title + ": " + capitalised(said) + (said.endsWith(".") ? "" : ".");
    }

    private static String access(DirectoryItem item) {
        if (item instanceof Activity activity) {
            String note = activity.bookingNote() == null ? "" : " " + activity.bookingNote().strip();
            return (activity.bookingNeeded() ? "You need to book first." : "No need to book, just turn up.") + note;
        }
        List<AccessMode> access = ((HubService) item).access();
        if (access.contains(AccessMode.DROP_IN)) {
            return "No need to book, just turn up." + (access.contains(AccessMode.APPOINTMENT)
                    ? " You can also book an appointment." : "");
        }
        if (access.contains(AccessMode.APPOINTMENT)) {
            return "You need to book an appointment first.";
        }
        if (access.contains(AccessMode.PHONE)) {
            return "Ring first.";
        }
        return access.contains(AccessMode.REFERRAL) ? "You need a referral, e.g. from your GP or a support worker."
                : "The listing does not say how to get in.";
    }

    private static Optional<String> whoFor(DirectoryItem item) {
        String who = item instanceof HubService service ? service.whoFor() : ((Activity) item).whoFor();
        return who == null || who.isBlank() ? Optional.empty() : Optional.of(who.strip());
    }

    /** The first sentence of the item's description or who-for that mentions one of the words. */
    private static Optional<String> sentenceAbout(DirectoryItem item, String... words) {
        String text = item.description() + " " + whoFor(item).orElse("");
        return Arrays.stream(text.split("(?<=[.!?])\\s+"))
                .filter(sentence -> Arrays.stream(words)
                        .anyMatch(word -> (" " + sentence.toLowerCase(Locale.UK) + " ").contains(word)))
                .map(String::strip).findFirst();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
