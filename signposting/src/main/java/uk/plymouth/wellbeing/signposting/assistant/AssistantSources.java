package uk.plymouth.wellbeing.signposting.assistant;

import java.time.Clock;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/** What the assistant's tools read, all our own: the search, the directory, item details, the timetable, the clock. */
public record AssistantSources(ServiceSearch search, Catalogue catalogue, ItemDetailsText details, Timetable timetable,
        Clock clock) {}
