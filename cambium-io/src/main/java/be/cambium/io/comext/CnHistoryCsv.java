package be.cambium.io.comext;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the CN8 history of a set of codes (validity years, predecessors, successors) as CSV, derived
 * from Eurostat's correspondence table with {@link CnCodeHistory}. The bundled
 * {@code cn8-history.csv} is this output for the bundled baskets' codes.
 */
public final class CnHistoryCsv {

    public static final String HEADER = "cn8,valid_from,valid_to,predecessors,successors,source";
    public static final String SOURCE = "Eurostat CN8 correspondence table 1988-2025 (CN_concordances_1988_2025_XLS_FORMAT.xls, saved 2025-01-02)";

    private CnHistoryCsv() {
    }

    /** CSV text, one line per code in code order; codes the table never mentions get open years. */
    public static String write(CnCodeHistory history, Collection<String> codes) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (String c : new TreeSet<>(codes)) {
            CnCodeHistory.Entry e = history.entry(c).orElse(new CnCodeHistory.Entry(c, null, null, List.of(), List.of()));
            sb.append(c).append(',')
                    .append(e.validFrom() == null ? "" : e.validFrom()).append(',')
                    .append(e.validTo() == null ? "" : e.validTo()).append(',')
                    .append(String.join(" ", e.predecessors())).append(',')
                    .append(String.join(" ", e.successors())).append(',')
                    .append('"').append(SOURCE).append(history.entry(c).isEmpty() ? "; no change recorded" : "").append('"')
                    .append('\n');
        }
        return sb.toString();
    }
}
