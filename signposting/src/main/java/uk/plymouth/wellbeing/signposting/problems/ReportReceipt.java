package uk.plymouth.wellbeing.signposting.problems;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of a report. The resident is thanked the same either way.
 *
 * @param id the stored report; null when it was not kept
 * @param kept false when a rate limit refused it (it was counted, not stored)
 * @param hubId the hub whose staff will check it
 */
public record ReportReceipt(@Nullable UUID id, boolean kept, String hubId) {

    static ReportReceipt kept(UUID id, String hubId) {
        return new ReportReceipt(id, true, hubId);
    }

    static ReportReceipt refused(String hubId) {
        return new ReportReceipt(null, false, hubId);
    }
}
