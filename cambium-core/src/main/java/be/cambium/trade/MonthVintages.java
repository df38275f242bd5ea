package be.cambium.trade;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule for trade data read from several files: a month found in several files is taken from the last file
 * given (the newer vintage), with a warning {@code MONITOR_MONTH_TWICE} naming both files; cells of that month in
 * the earlier files are dropped. Months outside {@code [from, to]} (YYYYMM, 0 = open) are not covered.
 */
public final class MonthVintages {

    /**
     * What one file gave.
     *
     * @param fileName the file's name, for issues
     * @param cells    its basket cells
     * @param periods  the months it holds (YYYYMM), including months without a basket cell
     */
    public record FileCells(String fileName, List<TradeCell> cells, Collection<Integer> periods) {
        public FileCells {
            Objects.requireNonNull(fileName, "fileName");
            cells = List.copyOf(cells);
            periods = List.copyOf(periods);
        }
    }

    /**
     * The merged data.
     *
     * @param cells  the cells kept, in file order
     * @param months the months covered (the {@code periods} of {@link TradeInput})
     */
    public record Merged(List<TradeCell> cells, SortedSet<YearMonth> months, ValidationReport report) {
        public Merged {
            cells = List.copyOf(cells);
            months = new TreeSet<>(months);
            Objects.requireNonNull(report, "report");
        }
    }

    private MonthVintages() {
    }

    public static Merged merge(List<FileCells> files, int from, int to) {
        ValidationReport.Builder rep = ValidationReport.builder();
        SortedSet<YearMonth> months = new TreeSet<>();
        Map<Integer, Integer> owner = new HashMap<>();
        for (int fi = 0; fi < files.size(); fi++) {
            FileCells f = files.get(fi);
            for (int p : f.periods()) {
                if ((from == 0 || p >= from) && (to == 0 || p <= to)) {
                    months.add(YearMonth.of(p / 100, p % 100));
                    Integer before = owner.put(p, fi);
                    if (before != null && before != fi) {
                        rep.warning("MONITOR_MONTH_TWICE", "month " + p + " is in " + files.get(before).fileName()
                                + " and in " + f.fileName() + "; the later file (newer vintage) is used", Location.file(f.fileName()));
                    }
                }
            }
        }
        List<TradeCell> cells = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            for (TradeCell c : files.get(fi).cells()) {
                Integer o = owner.get(c.period().getYear() * 100 + c.period().getMonthValue());
                if (o != null && o == fi) {
                    cells.add(c);
                }
            }
        }
        return new Merged(cells, months, rep.build());
    }
}
