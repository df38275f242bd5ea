package be.cambium.app.service;

import be.cambium.io.comext.BasketAggregator;
import be.cambium.io.comext.ComextBulkClient;
import be.cambium.io.comext.ComextReader;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.io.comext.WgiReader;
import be.cambium.provenance.Provenance;
import be.cambium.trade.Alert;
import be.cambium.trade.AlertInput;
import be.cambium.trade.AlertResult;
import be.cambium.trade.DetectionSettings;
import be.cambium.trade.Indicator;
import be.cambium.trade.TradeAlertDetector;
import be.cambium.trade.TradeCell;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.jspecify.annotations.Nullable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Trade monitoring (issue 7): Comext files or the workspace store -> basket cells -> indicators and
 * alerts, and the import of Comext files into the workspace. Used by {@code cambium monitor} and
 * {@code cambium data import comext}.
 */
public final class MonitorService {

    /** What to monitor. {@code tradeFiles} empty = read the workspace store. Months as YYYYMM, 0 = open. */
    public record Request(List<Path> tradeFiles, Set<String> reporters, @Nullable Path basketsFile, int from, int to,
                          @Nullable Path wgiFile, int wgiYear, @Nullable Path workspace) {
        public Request {
            tradeFiles = List.copyOf(tradeFiles);
            reporters = Set.copyOf(reporters);
        }
    }

    /** Indicators, alerts and everything read; {@code report} holds input problems (errors stop the run). */
    public record Result(@Nullable TradeIndicatorResult indicators, @Nullable AlertResult alerts,
                         List<ComextReader.Summary> files, ValidationReport report, Provenance provenance) {
    }

    public Result monitor(Request req) throws IOException {
        ValidationReport.Builder rep = ValidationReport.builder();
        TradeBaskets baskets = TradeBaskets.bundled();
        if (req.basketsFile() != null) {
            TradeBaskets user = TradeBaskets.read(req.basketsFile());
            rep.addAll(user.report());
            baskets = baskets.plus(user);
        }
        Map<String, Double> wgi = Map.of();
        Provenance prov = Provenance.empty().withSource(TradeBaskets.BUNDLED_SOURCE);
        if (req.wgiFile() != null) {
            WgiReader.Result w = WgiReader.read(req.wgiFile(), req.wgiYear());
            rep.addAll(w.report());
            wgi = w.scaledByIso2();
            prov = prov.withSource(w.source());
        }
        if (rep.build().hasErrors()) {
            return new Result(null, null, List.of(), rep.build(), prov);
        }
        List<TradeCell> cells;
        SortedSet<YearMonth> months = new TreeSet<>();
        List<ComextReader.Summary> summaries = new ArrayList<>();
        if (!req.tradeFiles().isEmpty()) {
            // one aggregation per file; a month found in several files is taken from the last file given
            // (the newer vintage), with a warning naming both
            java.util.Map<Integer, Integer> monthOwner = new java.util.HashMap<>();
            List<List<TradeCell>> perFile = new ArrayList<>();
            for (int fi = 0; fi < req.tradeFiles().size(); fi++) {
                Path f = req.tradeFiles().get(fi);
                BasketAggregator agg = new BasketAggregator(baskets, req.from(), req.to(), Set.of());
                ComextReader.Summary s = ComextReader.read(f, req.reporters(), agg);
                summaries.add(s);
                rep.addAll(s.report());
                perFile.add(agg.cells());
                for (int p : s.periods()) {
                    if ((req.from() == 0 || p >= req.from()) && (req.to() == 0 || p <= req.to())) {
                        months.add(YearMonth.of(p / 100, p % 100));
                        Integer before = monthOwner.put(p, fi);
                        if (before != null) {
                            rep.warning("MONITOR_MONTH_TWICE", "month " + p + " is in " + req.tradeFiles().get(before).getFileName()
                                    + " and in " + f.getFileName() + "; the later file (newer vintage) is used",
                                    Location.file(f.getFileName().toString()));
                        }
                    }
                }
                prov = prov.withStep("read " + s.fileName() + " (sha256 " + s.sha256() + ", " + s.layout() + " layout, "
                        + s.rowsRead() + " rows, " + s.rowsKept() + " kept)");
            }
            cells = new ArrayList<>();
            for (int fi = 0; fi < perFile.size(); fi++) {
                for (TradeCell c : perFile.get(fi)) {
                    Integer owner = monthOwner.get(c.period().getYear() * 100 + c.period().getMonthValue());
                    if (owner != null && owner == fi) {
                        cells.add(c);
                    }
                }
            }
        } else {
            Path ws = req.workspace() != null ? req.workspace() : be.cambium.io.store.Workspace.defaultRoot();
            Path db = be.cambium.io.store.Workspace.at(ws).duckdb();
            if (!Files.exists(db)) {
                rep.error("MONITOR_NO_DATA", "no --trade files and no workspace store at " + db
                        + "; fetch and import months with 'cambium data fetch comext YYYYMM-YYYYMM --import', import files with "
                        + "'cambium data import comext FILE...', or pass --trade FILE", Location.none());
                return new Result(null, null, List.of(), rep.build(), prov);
            }
            try (ComextStore store = ComextStore.open(db)) {
                cells = store.cells(baskets, req.reporters(), req.from(), req.to());
                months.addAll(store.periods(req.from(), req.to()));
                // a file fetched with 'cambium data fetch comext' is traced to its URL and retrieval time by its checksum
                Map<String, ComextBulkClient.Fetched> fetched = new java.util.HashMap<>();
                try {
                    for (ComextBulkClient.Fetched f : ComextBulkClient.log(ws)) {
                        fetched.putIfAbsent(f.sha256(), f);
                    }
                } catch (IOException e) {
                    rep.warning("MONITOR_FETCH_LOG", "the download log cannot be read, so the provenance names no URLs: "
                            + e.getMessage(), Location.file(ComextBulkClient.folder(ws).resolve(ComextBulkClient.LOG).toString()));
                }
                for (ComextStore.Vintage v : store.vintages()) {
                    ComextBulkClient.Fetched f = fetched.get(v.sha256());
                    prov = prov.withStep("workspace vintage " + v.id() + ": " + v.fileName() + " (sha256 " + v.sha256()
                            + ", imported " + v.importedAt() + (f == null ? "" : ", fetched from " + f.url() + " at " + f.retrieved()) + ")");
                }
            } catch (SQLException e) {
                throw new IOException("workspace store " + db + ": " + e.getMessage(), e);
            }
        }
        if (rep.build().hasErrors()) {
            return new Result(null, null, summaries, rep.build(), prov);
        }
        if (months.isEmpty()) {
            rep.error("MONITOR_NO_MONTHS", "the trade data hold no month in the requested range", Location.none());
            return new Result(null, null, summaries, rep.build(), prov);
        }
        TradeIndicatorResult ind = TradeIndicatorCalculator.compute(TradeInput.of(cells, months, baskets.labels(), wgi));
        AlertResult alerts = TradeAlertDetector.compute(new AlertInput(ind, baskets.labels(), DetectionSettings.defaults()));
        rep.addAll(ind.report());
        return new Result(ind, alerts, summaries, rep.build(), prov.merge(ind.provenance()).merge(alerts.provenance()));
    }

    /** Writes indicators.csv, alerts.csv and provenance.txt into {@code dir}. */
    public static void write(Result r, Path dir) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve("indicators.csv"), StandardCharsets.UTF_8)) {
            w.write("reporter,basket,flow,period,indicator,value,unit,flags\n");
            for (Indicator i : r.indicators().indicators()) {
                w.write(i.reporter() + "," + i.basket() + "," + i.flow().code() + "," + i.period() + "," + i.indicator()
                        + "," + number(i.value()) + "," + i.unit() + "," + csv(i.flagsText()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("alerts.csv"), StandardCharsets.UTF_8)) {
            w.write("reporter,basket,flow,period,indicator,method,score,severity,message\n");
            for (Alert a : r.alerts().alerts()) {
                w.write(a.reporter() + "," + a.basket() + "," + a.flow().code() + "," + a.period() + "," + a.indicator() + ","
                        + a.method() + "," + number(a.score()) + "," + a.severity().code() + "," + csv(a.message()) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("provenance.txt"), StandardCharsets.UTF_8)) {
            for (var s : r.provenance().sources()) {
                w.write("source: " + s.citation() + "\n");
            }
            for (String s : r.provenance().steps()) {
                w.write("step: " + s + "\n");
            }
            for (var e : r.provenance().parameters().entrySet()) {
                w.write("parameter: " + e.getKey() + " = " + e.getValue() + "\n");
            }
        }
    }

    /** Plain decimal with up to 12 significant digits; empty for NaN (not observed / not computable). */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite indicator value");
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    static String csv(String s) {
        return be.cambium.report.render.CsvTableWriter.quote(s);
    }

    /**
     * The Comext vintages (imported files) of a workspace's store; empty when the workspace has no
     * store (nothing is created then).
     */
    public List<ComextStore.Vintage> workspaceVintages(Path workspace) throws IOException {
        Path db = be.cambium.io.store.Workspace.at(workspace).duckdb();
        if (!Files.isRegularFile(db)) {
            return List.of();
        }
        try (ComextStore store = ComextStore.open(db)) {
            return store.vintages();
        } catch (SQLException e) {
            throw new IOException("workspace store " + db + ": " + e.getMessage(), e);
        }
    }

    /** Imports Comext files into the workspace store; each file is all-or-nothing. */
    public List<ComextStore.ImportResult> importComext(Path workspace, List<Path> files, Set<String> reporters)
            throws IOException {
        List<ComextStore.ImportResult> out = new ArrayList<>();
        try (ComextStore store = ComextStore.open(be.cambium.io.store.Workspace.at(workspace).duckdb())) {
            for (Path f : files) {
                out.add(store.importFile(f, reporters, Instant.now()));
            }
        } catch (SQLException e) {
            throw new IOException("workspace store " + be.cambium.io.store.Workspace.at(workspace).duckdb() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Writes the workspace's Comext data as Parquet into {@code dir} (see {@link ComextStore#exportParquet});
     * returns the files written, relative to {@code dir}.
     */
    public List<Path> exportParquet(Path workspace, Path dir) throws IOException {
        try (ComextStore store = ComextStore.open(be.cambium.io.store.Workspace.at(workspace).duckdb())) {
            return store.exportParquet(dir).stream().map(dir::relativize).toList();
        } catch (SQLException e) {
            throw new IOException("workspace store " + be.cambium.io.store.Workspace.at(workspace).duckdb() + ": " + e.getMessage(), e);
        }
    }
}
