package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.timetable.SessionTime;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * The text a resident gets when they ask for a service's or activity's details on their phone: name, hub, when,
 * cost, how to get in, address and phone number, in GSM-7 and in two segments wherever the content allows.
 */
@Service
public class ItemDetailsText {

    static final int MAX_SEGMENTS = 2;
    static final String SIGN_OFF = "From Plymouth Wellbeing Hubs";
    /** The shortest a long "when" or closure note is cut to before other lines give way. */
    private static final int SHORTEST_CUT = 40;

    private final Catalogue catalogue;
    private final Timetable timetable;
    private final Clock clock;

    public ItemDetailsText(Catalogue catalogue, Timetable timetable, Clock clock) {
        this.catalogue = catalogue;
        this.timetable = timetable;
        this.clock = clock;
    }

    /**
     * The details of {@code item} as a text, for the hub {@code hubId} when the item is offered there, else for its
     * first hub.
     */
    public String detailsFor(DirectoryItem item, @Nullable String hubId) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Timetable.PLYMOUTH);
        Optional<Hub> hub = hubFor(item, hubId);
        boolean closed = item.status() != ItemStatus.ACTIVE;

        Lines lines = new Lines();
        lines.closedNote = closed ? closedNote(item) : null;
        lines.name = item.title();
        lines.hub = hub.map(Hub::name).orElse(null);
        lines.when = closed ? null : whenFor(item, hub);
        lines.next = closed ? null : nextFor(item, now);
        lines.costAndAccess = costAndAccess(item);
        lines.address = hub.map(h -> address(h, false)).orElse(null);
        lines.shorterAddress = hub.map(h -> address(h, true)).orElse(null);
        lines.phone = phoneFor(item, hub).map(phone -> "Tel " + phone).orElse(null);
        return lines.shortenedToFit();
    }

    /** The hub {@code hubId} when the item is offered there, else its first hub. */
    public Optional<Hub> hubFor(DirectoryItem item, @Nullable String hubId) {
        Optional<Hub> chosen = hubId != null && item.hubIds().contains(hubId) ? catalogue.hub(hubId) : Optional.empty();
        return chosen.or(() -> item.hubIds().stream().map(catalogue::hub).flatMap(Optional::stream).findFirst());
    }

    private static String closedNote(DirectoryItem item) {
        String note = item.statusNote();
        return note == null || note.isBlank() ? "Temporarily closed." : "Temporarily closed. " + note;
    }

    /** The regular times; a service that runs whenever its hub is open gives the hub's hours. */
    private String whenFor(DirectoryItem item, Optional<Hub> hub) {
        if (item instanceof HubService service && (service.when() == null || service.when().isBlank())
                && service.sessions().isEmpty()) {
            return hub.map(h -> "When the hub is open: " + timetable.hoursInBrief(h)).orElse("Ring for times");
        }
        return timetable.whenInWords(item, hub.map(Hub::id).orElse(null));
    }

    /** "Next: Tomorrow, 7pm" or "On now, until 12pm", for activities and services with sessions. */
    private @Nullable String nextFor(DirectoryItem item, LocalDateTime now) {
        if (item instanceof HubService service && service.sessions().isEmpty()) {
            return null;
        }
        Optional<SessionTime> session = timetable.currentOrNext(item, now);
        if (session.isEmpty()) {
            return null;
        }
        return session.get().isRunningAt(now)
                ? "On now, until " + ClockWords.of(session.get().end().toLocalTime())
                : "Next: " + timetable.nextInWords(item, now);
    }

    private static String costAndAccess(DirectoryItem item) {
        String cost = item.cost().text().strip();
        cost = cost.isEmpty() ? "" : cost.substring(0, 1).toUpperCase(Locale.UK) + cost.substring(1);
        String access = access(item);
        if (access == null || cost.isEmpty()) {
            return access == null ? cost : access;
        }
        return cost + (cost.endsWith(".") ? " " : ". ") + access;
    }

    private static @Nullable String access(DirectoryItem item) {
        if (item instanceof Activity activity) {
            return activity.bookingNeeded() ? "Book first" : "Just drop in";
        }
        List<AccessMode> access = ((HubService) item).access();
        if (access.contains(AccessMode.DROP_IN)) {
            return "Just drop in";
        }
        if (access.contains(AccessMode.APPOINTMENT)) {
            return "Book first";
        }
        if (access.contains(AccessMode.PHONE)) {
            return "Ring first";
        }
        return access.contains(AccessMode.REFERRAL) ? "Needs a referral" : null;
    }

    /**
     * The address and postcode, without a first line that only repeats the hub's name and, when {@code withoutTown},
     * without a last line "Plymouth" (the postcode says as much).
     */
    private static String address(Hub hub, boolean withoutTown) {
        List<String> parts = new ArrayList<>(hub.address());
        if (parts.size() > 1 && hub.name().toLowerCase(Locale.UK).startsWith(parts.get(0).toLowerCase(Locale.UK))) {
            parts.remove(0);
        }
        if (withoutTown && parts.size() > 1 && parts.get(parts.size() - 1).equalsIgnoreCase("Plymouth")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(", ", parts) + " " + hub.postcode();
    }

    /** The number to ring about the item: a service's own, else its hub's. */
    public static Optional<String> phoneFor(DirectoryItem item, Optional<Hub> hub) {
        if (item instanceof HubService service && service.contact().phone() != null
                && !service.contact().phone().isBlank()) {
            return Optional.of(service.contact().phone());
        }
        return hub.map(Hub::phone);
    }

    /** The text's lines, each optional but the name, and how they give way when the text is too long. */
    private static final class Lines {
        @Nullable String closedNote;
        String name = "";
        @Nullable String hub;
        @Nullable String when;
        @Nullable String next;
        @Nullable String costAndAccess;
        @Nullable String address;
        @Nullable String shorterAddress;
        @Nullable String phone;

        String shortenedToFit() {
            closedNote = plain(closedNote);
            name = SmsText.toGsm(name.replaceAll("\\s+", " ").strip());
            hub = plain(hub);
            when = plain(when);
            next = plain(next);
            costAndAccess = plain(costAndAccess);
            address = plain(address);
            phone = plain(phone);

            if (!fits()) {
                address = plain(shorterAddress);
            }
            // the free text (a service's "when", a closure note) gives way first, the longer one first
            while (!fits() && (cuttable(when) || cuttable(closedNote))) {
                int over = SmsText.units(render(), true) - MAX_SEGMENTS * SmsText.GSM_PART;
                if (cuttable(when) && (!cuttable(closedNote) || when.length() >= closedNote.length())) {
                    when = cutBy(when, over);
                } else {
                    closedNote = cutBy(closedNote, over);
                }
            }
            if (!fits()) {
                next = null;
            }
            if (!fits()) {
                costAndAccess = null;
            }
            return fits() ? render() : SmsText.fit(render(), MAX_SEGMENTS);
        }

        private boolean fits() {
            return SmsText.segments(render()) <= MAX_SEGMENTS;
        }

        private String render() {
            List<String> lines = new ArrayList<>();
            for (String line : new String[] {closedNote, name, hub, when, next, costAndAccess, address, phone,
                    SIGN_OFF}) {
                if (line != null && !line.isEmpty()) {
                    lines.add(line);
                }
            }
            return String.join("\n", lines);
        }

        private static boolean cuttable(@Nullable String text) {
            return text != null && text.length() > SHORTEST_CUT;
        }

        /** Shorter by {@code over} units, after a whole sentence where that keeps most of it. */
        private static String cutBy(String text, int over) {
            return SmsText.fitUnitsAtSentence(text,
                    Math.max(SHORTEST_CUT, SmsText.units(text, true) - Math.max(over, 1)));
        }

        private static @Nullable String plain(@Nullable String text) {
            return text == null ? null : SmsText.toGsm(text.replaceAll("\\s+", " ").strip());
        }
    }
}
