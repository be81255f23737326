package uk.plymouth.wellbeing.signposting.conversation;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.Aspect;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.AskedDay;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * The answer to a question about a hub, from its own details only, with its short name ("Four Greens"): today's
 * hours first, then the week; a day asked about, yes or no; its address, how to get there, access, e-mail and phone.
 * What the directory does not hold is said plainly, with the hub's phone. Within two GSM-7 segments: what was asked
 * comes first, free text gives way by whole sentences, extras (the week, the phone) only when they fit.
 */
final class HubDetailsText {

    private final Timetable timetable;

    HubDetailsText(Timetable timetable) {
        this.timetable = timetable;
    }

    /** The answer about this hub; {@code item} is the one whose details were just sent, when the question was "it". */
    String about(Hub hub, HubQuestion question, LocalDateTime now, @Nullable DirectoryItem item) {
        return parts(hub, question, now, item).fitted();
    }

    /** The hubs nearest a place (a postcode, or a neighbourhood with no hub: said plainly), then the answer. */
    String nearest(String heading, List<Hub> nearest, List<Double> km, HubQuestion question, LocalDateTime now) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < nearest.size(); i++) {
            named.add(HubNames.shortName(nearest.get(i)) + String.format(Locale.UK, " %.1fkm", km.get(i)));
        }
        FittedText text = parts(nearest.get(0), question, now, null);
        text.essential.add(0, heading + " " + String.join(", ", named) + ".");
        return text.fitted();
    }

    /** "Open on Sunday: Jan Cutting 12pm-3pm; Rees 3:30pm-6:30pm.": the hubs open on the day asked (today). */
    String openAcross(List<Hub> hubs, @Nullable AskedDay day, LocalDateTime now) {
        FittedText text = new FittedText();
        if (day == AskedDay.BANK_HOLIDAY) {
            text.essential.add("We do not have bank holiday hours for our hubs. Please ring the hub to check: text"
                    + " its name and phone, e.g. " + HubNames.shortName(hubs.get(0)) + " phone.");
            return text.fitted();
        }
        List<DayOfWeek> days = day == AskedDay.WEEKEND ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                : List.of(day == null || day == AskedDay.TODAY ? now.getDayOfWeek()
                        : day == AskedDay.TOMORROW ? now.getDayOfWeek().plus(1) : day.dayOfWeek());
        for (DayOfWeek asked : days) {
            String when = asked == now.getDayOfWeek() ? "today" : "on " + ClockWords.of(asked);
            List<String> open = hubs.stream().filter(hub -> hub.openingHours().isOpenOn(asked))
                    .map(hub -> HubNames.shortName(hub) + " " + ranges(hub, asked)).toList();
            text.essential.add(open.isEmpty() ? "None of our hubs is open " + when + "."
                    : "Open " + when + ": " + String.join("; ", open) + ".");
        }
        return text.fitted();
    }

    private FittedText parts(Hub hub, HubQuestion question, LocalDateTime now, @Nullable DirectoryItem item) {
        String name = HubNames.shortName(hub);
        FittedText text = new FittedText();
        Set<Aspect> asked = question.aspects();
        if (asked.contains(Aspect.GENERAL) || asked.equals(Set.of(Aspect.NEAREST))) {
            text.essential.add(name + ": " + address(hub) + ". " + timetable.openingInWords(hub, now) + ".");
        }
        if (asked.contains(Aspect.HOURS)) {
            hours(text, hub, question, now);
            if (item != null && hasOwnTimes(item)) {
                text.optional.add(0, item.title() + ": " + timetable.whenInWords(item, hub.id()) + ".");
            }
        }
        if (asked.contains(Aspect.ADDRESS)) {
            text.essential.add(name + " is at " + address(hub) + ".");
        }
        if (asked.contains(Aspect.TRAVEL)) {
            text.essential.add(hub.gettingThere() == null || hub.gettingThere().isBlank()
                    ? "We have no travel details for " + name + ". It is at " + address(hub) + ". Ring " + name
                            + " on " + hub.phone() + " for directions."
                    : "Getting to " + name + ": " + hub.gettingThere());
            if (!asked.contains(Aspect.ADDRESS) && hub.gettingThere() != null && !hub.gettingThere().isBlank()) {
                text.optional.add("Address: " + address(hub) + ".");
            }
        } else if (asked.contains(Aspect.ADDRESS) && hub.gettingThere() != null) {
            text.optional.add(hub.gettingThere());
        }
        if (asked.contains(Aspect.ACCESS)) {
            text.essential.add(hub.accessibility().isBlank() ? "We have no access details for " + name + ". Ring "
                    + hub.phone() + " to ask." : "Access at " + name + ": " + hub.accessibility());
        }
        if (asked.contains(Aspect.ONLINE)) {
            text.essential.add(online(hub, name));
        }
        if (asked.contains(Aspect.PHONE)) {
            if (item instanceof HubService service && service.contact().phone() != null
                    && !service.contact().phone().isBlank()) {
                text.essential.add(item.title() + ": " + service.contact().phone() + ".");
            }
            text.essential.add(name + ": " + hub.phone() + ".");
        }
        if (text.essential.stream().noneMatch(part -> part.contains(hub.phone()))) {
            text.optional.add("Tel " + hub.phone() + ".");
        }
        return text;
    }

    private void hours(FittedText text, Hub hub, HubQuestion question, LocalDateTime now) {
        String name = HubNames.shortName(hub);
        AskedDay day = question.day();
        String week = timetable.hoursInBrief(hub);
        if (hub.openingHours().days().isEmpty()) {
            text.essential.add("We have no opening hours for " + name + ". Please ring " + hub.phone() + ".");
        } else if (day == AskedDay.BANK_HOLIDAY) {
            text.essential.add("We do not have bank holiday hours for " + name + ". Please ring " + hub.phone()
                    + " to check.");
            text.optional.add("Usual hours: " + week + ".");
        } else if (day == AskedDay.WEEKEND) {
            text.essential.add(name + " at the weekend: Saturday " + ranges(hub, DayOfWeek.SATURDAY) + "; Sunday "
                    + ranges(hub, DayOfWeek.SUNDAY) + ".");
            text.optional.add("Week: " + week + ".");
        } else if (day == null || day == AskedDay.TODAY || day.dayOfWeek() == now.getDayOfWeek()) {
            boolean open = hub.openingHours().isOpenOn(now.getDayOfWeek());
            String yes = day == null || !question.yesOrNo() ? "" : open ? "Yes, " : "No, ";
            String today = open ? yes + name + " is open today " + ranges(hub, now.getDayOfWeek()) + "."
                    : yes + name + " is closed today.";
            String status = timetable.openingInWords(hub, now);
            text.essential.add(today + " " + status + ".");
            (day == null ? text.essential : text.optional).add("Week: " + week + ".");
        } else {
            boolean tomorrow = day == AskedDay.TOMORROW;
            DayOfWeek asked = tomorrow ? now.getDayOfWeek().plus(1) : day.dayOfWeek();
            String when = tomorrow ? "tomorrow (" + ClockWords.of(asked) + ")" : "on " + ClockWords.of(asked);
            boolean open = hub.openingHours().isOpenOn(asked);
            String yes = !question.yesOrNo() ? "" : open ? "Yes, " : "No, ";
            text.essential.add(yes + (open ? name + " is open " + when + " " + ranges(hub, asked) + "."
                    : name + " is closed " + (tomorrow ? when : "on " + ClockWords.plural(asked)) + "."));
            text.optional.add("Week: " + week + ".");
        }
    }

    /** "9am-12:30pm, 1:30pm-5pm", or "closed". */
    private static String ranges(Hub hub, DayOfWeek day) {
        List<TimeRange> ranges = hub.openingHours().on(day);
        return ranges.isEmpty() ? "closed" : ranges.stream().sorted(Comparator.comparing(TimeRange::start))
                .map(r -> ClockWords.of(r.start()) + "-" + ClockWords.of(r.end())).collect(Collectors.joining(", "));
    }

    private static String online(Hub hub, String name) {
        List<String> ways = new ArrayList<>();
        if (hub.email() != null && !hub.email().isBlank()) {
            ways.add("email " + hub.email());
        }
        if (hub.website() != null && !hub.website().isBlank()) {
            ways.add("website " + hub.website());
        }
        return ways.isEmpty() ? "We have no email or website for " + name + ". Ring " + hub.phone() + "."
                : name + ": " + String.join(", ", ways) + ".";
    }

    /** The address and postcode, without a first line that only repeats the start of the hub's name. */
    static String address(Hub hub) {
        List<String> lines = new ArrayList<>(hub.address());
        if (lines.size() > 1 && hub.name().toLowerCase(Locale.UK).startsWith(lines.get(0).toLowerCase(Locale.UK))) {
            lines.remove(0);
        }
        return String.join(", ", lines) + " " + hub.postcode();
    }

    /** An activity, or a service with its own times: "it" may mean its times, not the hub's. */
    private static boolean hasOwnTimes(DirectoryItem item) {
        return item instanceof Activity || item instanceof HubService service
                && (!service.sessions().isEmpty() || service.when() != null && !service.when().isBlank());
    }
}
