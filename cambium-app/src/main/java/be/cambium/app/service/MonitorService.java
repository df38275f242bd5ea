package be.cambium.app.service;

import be.cambium.io.comext.BasketAggregator;
import be.cambium.io.comext.BasketCode;
import be.cambium.io.comext.ComextBulkClient;
import be.cambium.io.comext.ComextReader;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.io.comext.WgiReader;
import be.cambium.io.store.Workspace;
import be.cambium.provenance.Provenance;
import be.cambium.provenance.Source;
import be.cambium.report.trade.BasketDefinitions;
import be.cambium.report.trade.ComextVintage;
import be.cambium.report.trade.TradeRun;
import be.cambium.report.trade.TradeSection;
import be.cambium.trade.AlertInput;
import be.cambium.trade.AlertResult;
import be.cambium.trade.DetectionSettings;
import be.cambium.trade.MonthVintages;
import be.cambium.trade.TradeAlertDetector;
import be.cambium.trade.TradeCell;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Trade monitoring (issue 7): Comext files or the workspace store -> basket cells -> indicators and alerts
 * ({@link #run}), and the workspace's Comext store (import, vintages, Parquet export). Reads through io, computes
 * through core ({@code be.cambium.trade}), collects issues; the tables come from {@code report.trade}. Used by
 * {@code cambium monitor}, {@code cambium data import comext}, {@code data export parquet} and the report's trade
 * section.
 */
public final class MonitorService {

    /** Eurostat's dataset code of Comext detailed trade (the bulk files). */
    static final String COMEXT_DATASET = "DS-045409";

    /** What to monitor. {@code tradeFiles} empty = read the workspace store. Months as YYYYMM, 0 = open. */
    public record Request(List<Path> tradeFiles, Set<String> reporters, @Nullable Path basketsFile, int from, int to,
                          @Nullable Path wgiFile, int wgiYear, Workspace workspace) {
        public Request {
            tradeFiles = List.copyOf(tradeFiles);
            reporters = Set.copyOf(reporters);
            Objects.requireNonNull(workspace, "workspace");
        }

        /** The report's run: reporter {@code reporter}, the whole workspace store, bundled baskets, no WGI. */
        public static Request ofWorkspace(Workspace workspace, String reporter) {
            return new Request(List.of(), Set.of(reporter), null, 0, 0, null, 2022, workspace);
        }
    }

    /** Cells and months read, or none when reading failed. */
    private record Read(List<TradeCell> cells, SortedSet<YearMonth> months, Provenance provenance) {
    }

    /** Indicators and alerts; the run's report holds input problems (errors stop the run: no figures then). */
    public TradeRun run(Request req) throws IOException {
        ValidationReport.Builder rep = ValidationReport.builder();
        TradeBaskets baskets = TradeBaskets.bundled();
        Provenance prov = Provenance.empty().withSource(TradeBaskets.BUNDLED_SOURCE);
        if (req.basketsFile() != null) {
            TradeBaskets user = TradeBaskets.read(req.basketsFile());
            rep.addAll(user.report());
            baskets = baskets.plus(user);
            prov = prov.withStep("read baskets " + req.basketsFile().getFileName() + " (" + user.codes().size() + " codes), added to "
                    + "the bundled baskets");
        }
        Map<String, Double> wgi = Map.of();
        if (req.wgiFile() != null) {
            WgiReader.Result w = WgiReader.read(req.wgiFile(), req.wgiYear());
            rep.addAll(w.report());
            wgi = w.scaledByIso2();
            prov = prov.withSource(w.source());
        }
        if (rep.build().hasErrors()) {
            return TradeRun.failed(rep.build(), prov);
        }
        Read read = req.tradeFiles().isEmpty() ? readStore(req, baskets, rep, prov) : readFiles(req, baskets, rep, prov);
        if (read == null || rep.build().hasErrors()) {
            return TradeRun.failed(rep.build(), read == null ? prov : read.provenance());
        }
        prov = read.provenance();
        if (read.months().isEmpty()) {
            rep.error("MONITOR_NO_MONTHS", "the trade data hold no month in the requested range", Location.none());
            return TradeRun.failed(rep.build(), prov);
        }
        TradeIndicatorResult ind = TradeIndicatorCalculator.compute(TradeInput.of(read.cells(), read.months(), baskets.labels(), wgi));
        AlertResult alerts = TradeAlertDetector.compute(new AlertInput(ind, baskets.labels(), DetectionSettings.defaults()));
        rep.addAll(ind.report());
        return new TradeRun(ind, alerts, rep.build(), prov.merge(ind.provenance()).merge(alerts.provenance()));
    }

    /** One aggregation per file; a month in several files is taken from the last file given ({@link MonthVintages}). */
    private static Read readFiles(Request req, TradeBaskets baskets, ValidationReport.Builder rep, Provenance prov)
            throws IOException {
        List<MonthVintages.FileCells> perFile = new ArrayList<>();
        for (int i = 0; i < req.tradeFiles().size(); i++) {
            Path f = req.tradeFiles().get(i);
            BasketAggregator agg = new BasketAggregator(baskets, req.from(), req.to(), Set.of());
            ComextReader.Summary s = ComextReader.read(f, req.reporters(), agg);
            rep.addAll(s.report());
            perFile.add(new MonthVintages.FileCells(s.fileName(), agg.cells(), s.periods()));
            prov = prov.withSource(fileSource(i + 1, s))
                    .withStep("read " + s.fileName() + " (sha256 " + s.sha256() + ", " + s.layout() + " layout, "
                            + s.rowsRead() + " rows, " + s.rowsKept() + " kept)");
        }
        MonthVintages.Merged merged = MonthVintages.merge(perFile, req.from(), req.to());
        rep.addAll(merged.report());
        return new Read(merged.cells(), merged.months(), prov);
    }

    /** The store's cells; a vintage fetched with {@code data fetch comext} is traced to its URL by its checksum. */
    private static @Nullable Read readStore(Request req, TradeBaskets baskets, ValidationReport.Builder rep, Provenance prov)
            throws IOException {
        Workspace ws = req.workspace();
        Path db = ws.duckdb();
        if (!Files.exists(db)) {
            rep.error("MONITOR_NO_DATA", "no --trade files and no workspace store at " + db
                    + "; fetch and import months with 'cambium data fetch comext YYYYMM-YYYYMM --import', import files with "
                    + "'cambium data import comext FILE...', or pass --trade FILE", Location.none());
            return null;
        }
        Map<String, ComextBulkClient.Fetched> fetched = new HashMap<>();
        try {
            for (ComextBulkClient.Fetched f : ComextBulkClient.log(ws.root())) {
                fetched.putIfAbsent(f.sha256(), f);
            }
        } catch (IOException e) {
            rep.warning("MONITOR_FETCH_LOG", "the download log cannot be read, so the provenance names no URLs: " + e.getMessage(),
                    Location.file(ws.downloads("comext").resolve(ComextBulkClient.LOG).toString()));
        }
        try (ComextStore store = ComextStore.open(db)) {
            List<TradeCell> cells = store.cells(baskets, req.reporters(), req.from(), req.to());
            SortedSet<YearMonth> months = new TreeSet<>(store.periods(req.from(), req.to()));
            for (ComextStore.Vintage v : store.vintages()) {
                ComextBulkClient.Fetched f = fetched.get(v.sha256());
                prov = prov.withSource(vintageSource(v, f))
                        .withStep("workspace vintage " + v.id() + ": " + v.fileName() + " (sha256 " + v.sha256() + ", imported "
                                + v.importedAt() + (f == null ? "" : ", fetched from " + f.url() + " at " + f.retrieved()) + ")");
            }
            return new Read(cells, months, prov);
        } catch (SQLException e) {
            throw new IOException("workspace store " + db + ": " + e.getMessage(), e);
        }
    }

    private static Source comext(String id, String title, @Nullable URI url, String vintage, @Nullable LocalDate retrieved) {
        return new Source(id, "Eurostat Comext monthly detailed trade, " + title, url, COMEXT_DATASET, vintage, retrieved,
                "CC-BY-4.0", "Eurostat");
    }

    /** A Comext file read with {@code --trade}. */
    static Source fileSource(int index, ComextReader.Summary s) {
        return comext("comext-file-" + index, "file " + s.fileName() + " (sha256 " + s.sha256() + ", " + s.layout() + " layout)",
                URI.create(TradeSection.BULK_PAGE), "", null);
    }

    /** A vintage of the workspace store: the file's URL and retrieval day when it was fetched, else the bulk page. */
    static Source vintageSource(ComextStore.Vintage v, ComextBulkClient.@Nullable Fetched f) {
        String imported = v.importedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return comext("comext-vintage-" + v.id(), "file " + v.fileName() + " (sha256 " + v.sha256() + ", imported into the workspace "
                        + v.importedAt() + ")", f == null ? URI.create(TradeSection.BULK_PAGE) : f.url(),
                imported, f == null ? null : f.retrieved().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** The bundled baskets as the report shows them. */
    public static BasketDefinitions bundledBaskets() {
        return basketDefinitions(TradeBaskets.bundled());
    }

    static BasketDefinitions basketDefinitions(TradeBaskets baskets) {
        List<BasketDefinitions.Code> codes = new ArrayList<>();
        for (BasketCode c : baskets.codes()) {
            codes.add(new BasketDefinitions.Code(c.basket(), c.cn8(), c.label(), c.validFrom(), c.validTo(), c.source()));
        }
        return new BasketDefinitions(codes, TradeBaskets.BUNDLED_SOURCE);
    }

    /**
     * The Comext vintages (imported files) of a workspace's store; empty when the workspace has no store (nothing is
     * created then).
     */
    public List<ComextVintage> workspaceVintages(Workspace workspace) throws IOException {
        Path db = workspace.duckdb();
        if (!Files.isRegularFile(db)) {
            return List.of();
        }
        try (ComextStore store = ComextStore.open(db)) {
            return store.vintages().stream()
                    .map(v -> new ComextVintage(v.id(), v.fileName(), v.sha256(), v.importedAt(), v.rows(), v.layout())).toList();
        } catch (SQLException e) {
            throw new IOException("workspace store " + db + ": " + e.getMessage(), e);
        }
    }

    /** Imports Comext files into the workspace store; each file is all-or-nothing. */
    public List<ComextStore.ImportResult> importComext(Workspace workspace, List<Path> files, Set<String> reporters)
            throws IOException {
        List<ComextStore.ImportResult> out = new ArrayList<>();
        try (ComextStore store = ComextStore.open(workspace.duckdb())) {
            for (Path f : files) {
                out.add(store.importFile(f, reporters, Instant.now()));
            }
        } catch (SQLException e) {
            throw new IOException("workspace store " + workspace.duckdb() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** {@link #importComext(Workspace, List, Set)} into the workspace folder {@code workspace}. */
    public List<ComextStore.ImportResult> importComext(Path workspace, List<Path> files, Set<String> reporters) throws IOException {
        return importComext(Workspace.at(workspace), files, reporters);
    }

    /**
     * Writes the workspace's Comext data as Parquet into {@code dir} (see {@link ComextStore#exportParquet}); returns the
     * files written, relative to {@code dir}.
     */
    public List<Path> exportParquet(Workspace workspace, Path dir) throws IOException {
        try (ComextStore store = ComextStore.open(workspace.duckdb())) {
            return store.exportParquet(dir).stream().map(dir::relativize).toList();
        } catch (SQLException e) {
            throw new IOException("workspace store " + workspace.duckdb() + ": " + e.getMessage(), e);
        }
    }
}
