package uk.plymouth.wellbeing.staff.directory;

import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/** Where each item's editing page is. */
final class EditRoutes {

    static final String SERVICE = "staff/directory/service";
    static final String ACTIVITY = "staff/directory/activity";
    static final String HUB = "staff/directory/hub";
    static final String NEW_SERVICE = SERVICE;
    static final String NEW_ACTIVITY = ACTIVITY;

    private EditRoutes() {}

    static String href(ItemRef ref) {
        return base(ref.kind()) + "/" + ref.id();
    }

    static String base(ItemKind kind) {
        return switch (kind) {
            case HUB -> HUB;
            case SERVICE -> SERVICE;
            case ACTIVITY -> ACTIVITY;
        };
    }
}
