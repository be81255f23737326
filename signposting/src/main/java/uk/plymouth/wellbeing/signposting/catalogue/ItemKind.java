package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three kinds of thing in the directory staff keep right. */
public enum ItemKind {
    HUB("hub", Hub.class),
    SERVICE("service", HubService.class),
    ACTIVITY("activity", Activity.class);

    private final String id;
    private final Class<?> recordType;

    ItemKind(String id, Class<?> recordType) {
        this.id = id;
        this.recordType = recordType;
    }

    public String id() {
        return id;
    }

    public Class<?> recordType() {
        return recordType;
    }

    public static Optional<ItemKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The kind of a hub, service or activity record. */
    public static ItemKind of(Object record) {
        if (record instanceof Hub) {
            return HUB;
        }
        if (record instanceof HubService) {
            return SERVICE;
        }
        if (record instanceof Activity) {
            return ACTIVITY;
        }
        throw new IllegalArgumentException("Not a directory record: " + record.getClass());
    }

    /** The hubs a record belongs to: a hub itself, a service's hubs, an activity's hub. */
    public static List<String> hubIdsOf(Object record) {
        return record instanceof Hub hub ? List.of(hub.id()) : item(record).hubIds();
    }

    /** The name staff and residents know it by. */
    public static String nameOf(Object record) {
        return record instanceof Hub hub ? hub.name() : item(record).title();
    }

    public static String idOf(Object record) {
        return record instanceof Hub hub ? hub.id() : item(record).id();
    }

    private static DirectoryItem item(Object record) {
        if (record instanceof DirectoryItem item) {
            return item;
        }
        throw new IllegalArgumentException("Not a directory record: " + record.getClass());
    }
}
