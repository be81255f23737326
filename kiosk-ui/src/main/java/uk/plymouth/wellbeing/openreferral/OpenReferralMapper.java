package uk.plymouth.wellbeing.openreferral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * Turns our services, activities and hubs into Open Referral UK 3.0 records. Activities are published as services
 * whose schedule is their weekly or fortnightly rhythm.
 */
final class OpenReferralMapper {

    private static final java.time.format.DateTimeFormatter MILLISECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Map<String, Hub> hubs;
    private final Map<String, java.time.Instant> changedAt;

    /** @param snapshot the directory version the records come from */
    OpenReferralMapper(uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot snapshot) {
        this(snapshot.hubs(), snapshot.changedAt());
    }

    /**
     * @param hubs every hub of the directory version the records come from, by id
     * @param changedAt when each item was last published, by id (ORUK's {@code last_modified})
     */
    OpenReferralMapper(Map<String, Hub> hubs, Map<String, java.time.Instant> changedAt) {
        this.hubs = hubs;
        this.changedAt = changedAt;
    }

    OrukServiceSummary summary(DirectoryItem item, @Nullable String hubId, @Nullable Double distanceKm) {
        OrukOrganization organization = organization(item);
        return new OrukServiceSummary(OpenReferralIds.service(item), organization.id(), item.title(),
                item.description(), url(item), email(item), status(item.status()), item.cost().text(),
                assured(item), lastModified(item), alert(item), organization, item.category().id(), hubId,
                distanceKm);
    }

    OrukService service(DirectoryItem item) {
        OrukOrganization organization = organization(item);
        UUID id = OpenReferralIds.service(item);
        List<OrukServiceAtLocation> atHubs = hubsOf(item).stream()
                .map(hub -> serviceAtLocation(item, hub, false)).toList();
        return new OrukService(id, organization.id(), item.title(), item.description(), url(item), email(item),
                status(item.status()), item.cost().text(), eligibility(item), applicationProcess(item),
                assured(item), lastModified(item), alert(item), organization, atHubs, schedules(item), contacts(item),
                List.of(new OrukCostOption(OpenReferralIds.costOption(item), id, item.cost().text(),
                        item.cost().amount())),
                List.of(Categories.attribute(item)), item.category().id(), item.hubIds());
    }

    OrukServiceAtLocation serviceAtLocation(DirectoryItem item, Hub hub, boolean withService) {
        return new OrukServiceAtLocation(OpenReferralIds.serviceAtLocation(item, hub.id()),
                OpenReferralIds.service(item), OpenReferralIds.location(hub.id()), HubLocations.full(hub),
                withService ? service(item) : null);
    }

    OrukServiceAtLocationSummary serviceAtLocationSummary(DirectoryItem item, Hub hub, @Nullable Double distanceKm) {
        return new OrukServiceAtLocationSummary(OpenReferralIds.serviceAtLocation(item, hub.id()),
                OpenReferralIds.service(item), OpenReferralIds.location(hub.id()), HubLocations.brief(hub),
                summary(item, null, null).nested(), item.category().id(), hub.id(), distanceKm);
    }

    /** The hubs an item is offered at, in the item's order, leaving out any the directory no longer has. */
    List<Hub> hubsOf(DirectoryItem item) {
        return item.hubIds().stream().map(hubs::get).filter(Objects::nonNull).toList();
    }

    /** Its provider when named, else the operator of its (first) hub. */
    OrukOrganization organization(DirectoryItem item) {
        String provider = item instanceof HubService service ? service.provider() : null;
        if (provider != null && !provider.isBlank()) {
            return new OrukOrganization(OpenReferralIds.organization(provider), provider,
                    provider + " delivers services at Plymouth's Wellbeing Hubs.");
        }
        List<Hub> itsHubs = hubsOf(item);
        String operator = itsHubs.isEmpty() ? "Plymouth Wellbeing Hubs" : itsHubs.get(0).operator();
        String runs = hubs.values().stream().filter(h -> h.operator().equals(operator)).map(Hub::name)
                .collect(Collectors.joining(", "));
        return new OrukOrganization(OpenReferralIds.organization(operator), operator,
                operator + (runs.isEmpty() ? " runs Plymouth's Wellbeing Hubs." : " runs " + runs + "."));
    }

    private List<OrukSchedule> schedules(DirectoryItem item) {
        if (item instanceof Activity activity) {
            Hub hub = hubs.get(activity.hubId());
            return hub == null ? List.of() : Schedules.forActivity(activity, hub);
        }
        HubService service = (HubService) item;
        if (!service.sessions().isEmpty()) {
            return Schedules.forSessions(service);
        }
        return hubsOf(service).stream().flatMap(hub -> Schedules.forHubHours(service, hub).stream()).toList();
    }

    /** The service's own phone and e-mail; without its own phone, the reception of each of its hubs. */
    private List<OrukContact> contacts(DirectoryItem item) {
        List<OrukContact> contacts = new ArrayList<>();
        UUID serviceId = OpenReferralIds.service(item);
        Contact own = item instanceof HubService service ? service.contact() : Contact.none();
        if (own.phone() != null || own.email() != null) {
            UUID id = OpenReferralIds.contact(item, "own");
            List<OrukPhone> phones = own.phone() == null ? List.of()
                    : List.of(new OrukPhone(OpenReferralIds.phone(id), id, null, own.phone(), null));
            String provider = item instanceof HubService service ? service.provider() : null;
            contacts.add(new OrukContact(id, serviceId, provider, null, own.email(), phones));
        }
        if (own.phone() == null) {
            for (Hub hub : hubsOf(item)) {
                UUID id = OpenReferralIds.contact(item, "hub:" + hub.id());
                contacts.add(new OrukContact(id, serviceId, hub.name(), "Reception", hub.email(),
                        List.of(new OrukPhone(OpenReferralIds.phone(id), id, null, hub.phone(), null))));
            }
        }
        return contacts;
    }

    private static @Nullable String url(DirectoryItem item) {
        return item instanceof HubService service ? service.contact().website() : null;
    }

    private static @Nullable String email(DirectoryItem item) {
        return item instanceof HubService service ? service.contact().email() : null;
    }

    static String status(ItemStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case TEMPORARILY_CLOSED -> "temporarily closed";
        };
    }

    /** When it was last published, to the millisecond as the standard asks; unknown outside the database. */
    private @Nullable String lastModified(DirectoryItem item) {
        java.time.Instant changed = changedAt.get(item.id());
        return changed == null ? null : MILLISECONDS.format(changed);
    }

    private static @Nullable String assured(DirectoryItem item) {
        LocalDate verified = item.lastVerified();
        return verified == null ? null : verified.toString();
    }

    private static @Nullable String alert(DirectoryItem item) {
        if (item.status() == ItemStatus.ACTIVE) {
            return null;
        }
        return item.statusNote() == null ? "Temporarily closed." : item.statusNote();
    }

    private static @Nullable String eligibility(DirectoryItem item) {
        if (item instanceof HubService service) {
            return service.whoFor();
        }
        return ((Activity) item).whoFor();
    }

    private static String applicationProcess(DirectoryItem item) {
        if (item instanceof HubService service) {
            String how = service.access().stream().map(AccessMode::label).collect(Collectors.joining("; ")) + ".";
            return service.when() == null ? how : how + " " + service.when();
        }
        Activity activity = (Activity) item;
        String how = activity.bookingNeeded() ? "Booking needed." : "No need to book: just come along.";
        return activity.bookingNote() == null ? how : how + " " + activity.bookingNote();
    }
}
