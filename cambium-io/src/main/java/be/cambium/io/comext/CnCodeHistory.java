package be.cambium.io.comext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The life of CN8 codes derived from Eurostat's year-to-year correspondence table. The table lists
 * only codes that change between two CN years; a code is taken to
 * <ul>
 *   <li>start in year y when it is a destination of the y-1 to y relations and is not listed as
 *       continuing from itself there (its predecessors are the origins of those rows);</li>
 *   <li>end in year y when it is an origin of the y to y+1 relations and does not continue as itself
 *       (its successors are the destinations of those rows).</li>
 * </ul>
 * A code with no start in the table is valid since the table's first year (or earlier); one with no
 * end is valid through the table's last year (or later). A code that starts, ends and starts again is
 * given its latest spell.
 */
public final class CnCodeHistory {

    /** One code's validity and neighbours; {@code validFrom}/{@code validTo} are null when open. */
    public record Entry(String cn8, @org.jspecify.annotations.Nullable Integer validFrom,
                        @org.jspecify.annotations.Nullable Integer validTo, List<String> predecessors,
                        List<String> successors) {
        public Entry {
            predecessors = List.copyOf(predecessors);
            successors = List.copyOf(successors);
        }

        public boolean validIn(int year) {
            return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
        }
    }

    private final Map<Integer, List<CnRelation>> byFromYear = new HashMap<>();
    private final int firstYear;
    private final int lastYear;

    private CnCodeHistory(Collection<CnRelation> relations) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (CnRelation r : relations) {
            byFromYear.computeIfAbsent(r.fromYear(), k -> new ArrayList<>()).add(r);
            lo = Math.min(lo, r.fromYear());
            hi = Math.max(hi, r.toYear());
        }
        if (relations.isEmpty()) {
            throw new IllegalArgumentException("no CN relations");
        }
        firstYear = lo;
        lastYear = hi;
    }

    public static CnCodeHistory of(Collection<CnRelation> relations) {
        return new CnCodeHistory(relations);
    }

    /** First CN year the table covers (the origin year of its first pair). */
    public int firstYear() {
        return firstYear;
    }

    /** Last CN year the table covers. */
    public int lastYear() {
        return lastYear;
    }

    /** The validity and neighbours of {@code cn8}, or empty when the table never mentions it. */
    public Optional<Entry> entry(String cn8) {
        Integer from = null;
        Integer to = null;
        TreeSet<String> preds = new TreeSet<>();
        TreeSet<String> succs = new TreeSet<>();
        boolean mentioned = false;
        for (int y = firstYear; y < lastYear; y++) {
            List<CnRelation> rows = byFromYear.getOrDefault(y, List.of());
            boolean continuesAsItself = false;
            boolean isDestination = false;
            boolean isOrigin = false;
            TreeSet<String> origins = new TreeSet<>();
            TreeSet<String> dests = new TreeSet<>();
            for (CnRelation r : rows) {
                if (r.destination().equals(cn8)) {
                    isDestination = true;
                    mentioned = true;
                    origins.add(r.origin());
                }
                if (r.origin().equals(cn8)) {
                    isOrigin = true;
                    mentioned = true;
                    dests.add(r.destination());
                }
                if (r.origin().equals(cn8) && r.destination().equals(cn8)) {
                    continuesAsItself = true;
                }
            }
            if (isOrigin && !continuesAsItself) {
                to = y;
                succs = dests;
            }
            if (isDestination && !continuesAsItself) {
                from = y + 1;
                preds = origins;
                if (to != null && to < from) {
                    to = null;
                    succs = new TreeSet<>();
                }
            }
        }
        if (!mentioned) {
            return Optional.empty();
        }
        return Optional.of(new Entry(cn8, from, to, new ArrayList<>(preds), new ArrayList<>(succs)));
    }
}
