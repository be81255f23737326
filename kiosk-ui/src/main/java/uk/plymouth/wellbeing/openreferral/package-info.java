/**
 * The open data API: the hubs' services and activities published read-only as JSON in the shape of Open Referral
 * UK 3.0 ({@code /api/services}, {@code /api/service_at_locations}, {@code /api/taxonomies}, ...).
 */
@NullMarked
package uk.plymouth.wellbeing.openreferral;

import org.jspecify.annotations.NullMarked;
