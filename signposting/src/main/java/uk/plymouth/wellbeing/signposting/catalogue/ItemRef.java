package uk.plymouth.wellbeing.signposting.catalogue;

/** One hub, service or activity, by kind and id. */
public record ItemRef(ItemKind kind, String id) {

    public static ItemRef of(Object record) {
        return new ItemRef(ItemKind.of(record), ItemKind.idOf(record));
    }

    @Override
    public String toString() {
        return kind.id() + " " + id;
    }
}
