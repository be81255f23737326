package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * Checks one service, activity or hub typed on a staff screen or received from a feed, by exactly the rules and
 * words of the content files: the fields are written out as a content file ({@link ContentWriter}'s code) and read
 * back by the same reader. Nothing here throws for bad input; every fault comes back as a {@link ContentProblem}.
 *
 * <p><b>Fields</b> are keyed as the YAML keys ({@code who_for}, {@code status_note}); values are text, lists and
 * nested maps, as {@link #fieldsOf(HubService)} gives them. Any other value is taken as its text (a
 * {@code LocalDate} as 2026-11-24, {@code true}, {@code 50.42}); a null or blank value is a missing field.
 *
 * <p><b>Problems</b> name the form's kind as their file ({@code service}, {@code activity}, {@code hub}), line 0,
 * and as their field the key or path a file problem would name: {@code name}, {@code schedule.first_date},
 * {@code sessions[1].start} (lists count from 1), {@code dates[2].to}, {@code contact.phone}, {@code location.lat},
 * {@code opening_hours.monday}; lists of words as a whole ({@code hubs}, {@code tags}, {@code except}); null when
 * the fault is with no one field. Text is plain text: markup, emoji and right-to-left scripts are kept as typed and
 * must be escaped where shown.
 *
 * <p><b>Ids</b>: the shape of an id is always checked. Whether it is free is checked against {@code takenIds}, the
 * ids of every OTHER item in the same id space, archived ones included since ids are never reused: for a service
 * or an activity, all other services and activities; for a hub, all other hubs. Leave out the item's own stored id
 * when it is being edited. Saving must still rely on the database's unique key, as two people may save at once.
 */
public final class ItemForms {

    private final Set<String> hubIds;
    private final PostcodeDirectory places;
    private final LocalDate today;

    /**
     * @param hubIds the hubs a service or activity may name
     * @param places the postcode districts, to check a hub's postcode and map position
     * @param today to refuse a "last verified" date in the future
     */
    public ItemForms(Collection<String> hubIds, PostcodeDirectory places, LocalDate today) {
        this.hubIds = Set.copyOf(hubIds);
        this.places = places;
        this.today = today;
    }

    /** Checks a service, without asking whether its id is free. */
    public Checked<HubService> service(Map<String, ?> fields) {
        return service(fields, Set.of());
    }

    public Checked<HubService> service(Map<String, ?> fields, Collection<String> takenIds) {
        return check("service", "services", fields,
                (problems, file) -> new ServiceReader(problems, ids(problems, takenIds), today).read(file));
    }

    /** Checks an activity, without asking whether its id is free. */
    public Checked<Activity> activity(Map<String, ?> fields) {
        return activity(fields, Set.of());
    }

    public Checked<Activity> activity(Map<String, ?> fields, Collection<String> takenIds) {
        return check("activity", "activities", fields,
                (problems, file) -> new ActivityReader(problems, ids(problems, takenIds), today).read(file));
    }

    /** Checks a hub, without asking whether its id is free. */
    public Checked<Hub> hub(Map<String, ?> fields) {
        return hub(fields, Set.of());
    }

    public Checked<Hub> hub(Map<String, ?> fields, Collection<String> takenIds) {
        return check("hub", "hubs", fields,
                (problems, file) -> new HubReader(problems, places, Set.copyOf(takenIds)).read(file));
    }

    /** A service's fields as its content file has them: a form's starting values. A new map on every call. */
    public static Map<String, Object> fieldsOf(HubService service) {
        return ItemFields.of(service);
    }

    public static Map<String, Object> fieldsOf(Activity activity) {
        return ItemFields.of(activity);
    }

    public static Map<String, Object> fieldsOf(Hub hub) {
        return ItemFields.of(hub);
    }

    private IdRegister ids(ContentProblems problems, Collection<String> takenIds) {
        IdRegister ids = new IdRegister(problems);
        ids.hubIds().addAll(hubIds);
        ids.alreadyTaken(takenIds);
        return ids;
    }

    private static <T> Checked<T> check(String kind, String listKey, Map<String, ?> fields,
            BiFunction<ContentProblems, ContentFile, List<T>> reader) {
        ContentProblems found = new ContentProblems();
        List<T> read = reader.apply(found, new ContentFile(kind, YamlText.file(listKey, List.of(fields))));
        List<ContentProblem> problems = found.list().stream()
                .map(p -> new ContentProblem(kind, 0, p.field(), p.message())).toList();
        if (problems.isEmpty() && read.size() == 1) {
            return new Checked<>(read.get(0), List.of());
        }
        if (problems.isEmpty()) {
            // every way a reader drops an item records why; this is the net under that promise
            problems = List.of(new ContentProblem(kind, 0, null, "could not be read; nothing was saved"));
        }
        return new Checked<>(null, problems);
    }
}
