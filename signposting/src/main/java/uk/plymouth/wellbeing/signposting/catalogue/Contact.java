package uk.plymouth.wellbeing.signposting.catalogue;

import org.jspecify.annotations.Nullable;

/** How to reach a service. Any part may be missing; the hub's own phone number is the fallback. */
public record Contact(@Nullable String phone, @Nullable String email, @Nullable String website) {

    public static Contact none() {
        return new Contact(null, null, null);
    }
}
