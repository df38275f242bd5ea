package be.cambium.bench.trade;

import be.cambium.io.comext.BasketAggregator;
import be.cambium.io.comext.BasketCode;
import be.cambium.io.comext.ComextReader;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.trade.AlertInput;
import be.cambium.trade.TradeAlertDetector;
import be.cambium.trade.TradeCell;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issue 7 scale check, run once from the shaded bench jar:
 * {@code java -cp cambium-bench/target/cambium-bench.jar be.cambium.bench.trade.TradeScaleBench DIR [ROWS] [REPEATS]}.
 * Writes a 5-million-row {@code full_v2} month, then times side by side (best of REPEATS):
 * (a) CAMBIUM streaming: read the file, keep BE, sum into baskets, all indicators and alerts;
 * (b) CAMBIUM store: import the file for BE into DuckDB (vintage, staged commit), SQL basket
 * aggregation, all indicators and alerts;
 * (c) the same basket aggregation written directly as DuckDB SQL over {@code read_csv}.
 */
public final class TradeScaleBench {

    private TradeScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/trade-scale");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(dir);
        TradeBaskets baskets = TradeBaskets.bundled();
        YearMonth month = YearMonth.of(2025, 12);
        Path file = dir.resolve("full_v2_202512.dat");
        if (!Files.exists(file)) {
            long g = System.nanoTime();
            ComextFixtureGenerator.writeBulkMonth(file, rows, month, 7L, baskets);
            System.out.printf(Locale.ROOT, "generated %s (%d rows, %.0f MB) in %.1f s%n", file, rows, Files.size(file) / 1e6,
                    (System.nanoTime() - g) / 1e9);
        }
        double bestA = Double.MAX_VALUE;
        double bestB = Double.MAX_VALUE;
        double bestImport = Double.MAX_VALUE;
        double bestC = Double.MAX_VALUE;
        long cellsA = 0;
        long cellsC = 0;
        long rowsRead = 0;
        for (int rep = 0; rep < repeats; rep++) {
            // (a) streaming
            long t = System.nanoTime();
            BasketAggregator agg = new BasketAggregator(baskets);
            ComextReader.Summary s = ComextReader.read(file, Set.of("BE"), agg);
            if (s.report().hasErrors()) {
                throw new IllegalStateException(s.report().toString());
            }
            List<TradeCell> cells = agg.cells();
            indicators(cells, baskets, month);
            bestA = Math.min(bestA, (System.nanoTime() - t) / 1e9);
            cellsA = cells.size();
            rowsRead = s.rowsRead();

            // (b) store import + SQL cells + indicators
            Path ws = dir.resolve("ws-" + rep);
            deleteTree(ws);
            Path db = ws.resolve("cambium.duckdb");
            t = System.nanoTime();
            try (ComextStore store = ComextStore.open(db)) {
                store.importFile(file, Set.of("BE"), Instant.EPOCH);
                bestImport = Math.min(bestImport, (System.nanoTime() - t) / 1e9);
                List<TradeCell> c2 = store.cells(baskets, Set.of("BE"), 0, 0);
                indicators(c2, baskets, month);
                if (c2.size() != cells.size()) {
                    throw new IllegalStateException("store gives " + c2.size() + " cells, streaming " + cells.size());
                }
            }
            bestB = Math.min(bestB, (System.nanoTime() - t) / 1e9);
            deleteTree(ws);

            // (c) plain DuckDB SQL over the file
            t = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TEMP TABLE basket_code (basket VARCHAR, cn8 VARCHAR, valid_from INTEGER, valid_to INTEGER)");
                }
                try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "basket_code")) {
                    for (BasketCode b : baskets.codes()) {
                        app.beginRow().append(b.basket()).append(b.cn8()).append(b.validFrom() == null ? 0 : b.validFrom())
                                .append(b.validTo() == null ? 9999 : b.validTo()).endRow();
                    }
                }
                String sql = "SELECT r.REPORTER, b.basket, r.FLOW, r.PERIOD, r.PARTNER, sum(r.VALUE_EUR), sum(r.QUANTITY_KG) "
                        + "FROM read_csv('" + file.toAbsolutePath() + "', header = true, "
                        + "columns = {'REPORTER': 'VARCHAR', 'PARTNER': 'VARCHAR', 'TRADE_TYPE': 'VARCHAR', 'PRODUCT_NC': 'VARCHAR', "
                        + "'PRODUCT_SITC': 'VARCHAR', 'PRODUCT_CPA21': 'VARCHAR', 'PRODUCT_CPA22': 'VARCHAR', 'PRODUCT_BEC': 'VARCHAR', "
                        + "'PRODUCT_BEC5': 'VARCHAR', 'PRODUCT_SECTION': 'VARCHAR', 'FLOW': 'INTEGER', 'STAT_PROCEDURE': 'INTEGER', "
                        + "'SUPPL_UNIT': 'VARCHAR', 'PERIOD': 'INTEGER', 'VALUE_EUR': 'DOUBLE', 'VALUE_NAC': 'DOUBLE', "
                        + "'QUANTITY_KG': 'DOUBLE', 'QUANTITY_SUPPL_UNIT': 'DOUBLE'}) r "
                        + "JOIN basket_code b ON r.PRODUCT_NC = b.cn8 AND r.PERIOD // 100 BETWEEN b.valid_from AND b.valid_to "
                        + "WHERE r.REPORTER = 'BE' GROUP BY ALL";
                long n = 0;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        n++;
                    }
                }
                cellsC = n;
            }
            bestC = Math.min(bestC, (System.nanoTime() - t) / 1e9);
            System.out.printf(Locale.ROOT, "run %d: streaming %.2f s, store %.2f s, duckdb sql %.2f s%n", rep + 1, bestA, bestB, bestC);
        }
        System.out.printf(Locale.ROOT, "rows %d, BE basket cells: streaming %d, duckdb sql %d%n", rowsRead, cellsA, cellsC);
        System.out.printf(Locale.ROOT, "(b0) of which store import alone (read, SHA-256, stage, write, record): %.2f s = %.2f M rows/s%n",
                bestImport, rowsRead / bestImport / 1e6);
        System.out.printf(Locale.ROOT, "(a) streaming read+aggregate+indicators+alerts: %.2f s = %.2f M rows/s%n", bestA, rowsRead / bestA / 1e6);
        System.out.printf(Locale.ROOT, "(b) store import+SQL aggregate+indicators+alerts: %.2f s = %.2f M rows/s%n", bestB, rowsRead / bestB / 1e6);
        System.out.printf(Locale.ROOT, "(c) DuckDB SQL aggregation over read_csv: %.2f s = %.2f M rows/s%n", bestC, rowsRead / bestC / 1e6);
        System.out.printf(Locale.ROOT, "ratio (a)/(c) = %.2f, (b)/(c) = %.2f; cores %d%n", bestA / bestC, bestB / bestC,
                Runtime.getRuntime().availableProcessors());
    }

    private static void indicators(List<TradeCell> cells, TradeBaskets baskets, YearMonth month) {
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(cells, new TreeSet<>(Set.of(month)),
                baskets.labels(), Map.of()));
        TradeAlertDetector.compute(AlertInput.of(r, baskets.labels()));
    }

    /** Deletes a workspace folder (database and Parquet files); nothing when absent. */
    static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
