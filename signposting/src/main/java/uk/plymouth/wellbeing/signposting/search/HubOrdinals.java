package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each hub a bit, so the hubs of every result can be counted and filtered from one number per document.
 * Plymouth plans about a dozen hubs; 64 is the limit.
 */
final class HubOrdinals {

    static final int MAX_HUBS = 64;

    private final List<String> ids;
    private final Map<String, Integer> ordinals = new HashMap<>();

    HubOrdinals(Collection<String> hubIds) {
        this.ids = hubIds.stream().sorted().toList();
        if (ids.size() > MAX_HUBS) {
            throw new IllegalStateException("The search supports up to " + MAX_HUBS + " hubs; there are "
                    + ids.size());
        }
        for (int i = 0; i < ids.size(); i++) {
            ordinals.put(ids.get(i), i);
        }
    }

    long bit(String hubId) {
        Integer ordinal = ordinals.get(hubId);
        return ordinal == null ? 0L : 1L << ordinal;
    }

    long mask(Collection<String> hubIds) {
        long mask = 0;
        for (String id : hubIds) {
            mask |= bit(id);
        }
        return mask;
    }

    List<String> idsIn(long mask) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                found.add(ids.get(i));
            }
        }
        return found;
    }

    int size() {
        return ids.size();
    }

    String id(int ordinal) {
        return ids.get(ordinal);
    }
}
