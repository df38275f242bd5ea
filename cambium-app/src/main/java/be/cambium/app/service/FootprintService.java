package be.cambium.app.service;

import be.cambium.footprint.Extension;
import be.cambium.footprint.ExtensionAccounts;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.Label;
import be.cambium.footprint.MaterialBridge;
import be.cambium.footprint.RegionFootprint;
import be.cambium.footprint.IoAggregation;
import be.cambium.footprint.IoSystemException;
import be.cambium.io.mrio.ConcordanceReader;
import be.cambium.io.mrio.MaterialBridgeReader;
import be.cambium.io.mrio.MrioFormat;
import be.cambium.io.mrio.RegionCodes;
import be.cambium.io.mrio.MrioReadException;
import be.cambium.io.mrio.MrioReader;
import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.Solvers;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The {@code cambium footprint} use case: read an MRIO folder, compute pymrio's accounts and the material
 * footprint of one region, write long CSV tables. The CLI (and later the dashboard) call {@link #run} and
 * {@link #write}.
 */
public final class FootprintService {

    /** What the user asked for. */
    public record Request(Path mrio, @Nullable String extension, String region, @Nullable Path concordance, String solver,
            int layers, double pathThreshold, int maxPaths, boolean multipliers, MrioFormat format, RegionCodes regionCodes,
            @Nullable Path aggregate) {

        /** Format detected, region codes as written, no aggregation. */
        public Request(Path mrio, @Nullable String extension, String region, @Nullable Path concordance, String solver,
                int layers, double pathThreshold, int maxPaths, boolean multipliers) {
            this(mrio, extension, region, concordance, solver, layers, pathThreshold, maxPaths, multipliers, MrioFormat.AUTO,
                    RegionCodes.AS_WRITTEN, null);
        }
    }

    /** The result, the problems met (warnings only when {@code result} is present) and the solver notice. */
    public record Run(@Nullable FootprintResult result, @Nullable IoSystem system, ValidationReport report, String solverNotice) {
        public boolean ok() {
            return result != null;
        }
    }

    /**
     * Reads and computes. Data problems (unreadable files, bad labels, a non-productive table, an unknown region)
     * come back as errors in {@link Run#report()}; progress lines go to {@code progress}.
     */
    public Run run(Request req, Consumer<String> progress) {
        Solvers.Choice choice;
        try {
            choice = Solvers.byName(req.solver());
        } catch (IllegalArgumentException e) {
            return failed(Issue.error("FOOTPRINT_SOLVER", e.getMessage(), Location.none()), "");
        }
        progress.accept(choice.notice());
        try {
            progress.accept("reading " + req.mrio());
            MrioReader.Result read = MrioReader.readWith(req.mrio(), new MrioReader.Options(req.extension(), req.format(),
                    req.regionCodes()));
            progress.accept("read " + read.layout() + ": " + read.system().sectors().regions().size() + " regions x "
                    + read.system().sectors().items().size() + " sectors");
            IoSystem readSys = read.system();
            ValidationReport.Builder pre = ValidationReport.builder().addAll(read.report().issues().stream()
                    .filter(i -> !readSys.report().issues().contains(i)).toList());
            IoSystem aggregated = readSys;
            if (req.aggregate() != null) {
                ConcordanceReader.Result conc = ConcordanceReader.read(req.aggregate(), readSys);
                pre.addAll(conc.report());
                try {
                    aggregated = IoAggregation.aggregate(readSys, conc.regions(), conc.sectors(), conc.categories());
                } catch (IoSystemException e) {
                    return new Run(null, null, e.report(), choice.notice());
                }
                progress.accept("aggregated to " + aggregated.sectors().regions().size() + " regions x "
                        + aggregated.sectors().items().size() + " sectors by " + req.aggregate());
            }
            IoSystem sys = aggregated;
            MaterialBridge bridge = req.concordance() == null ? null : MaterialBridgeReader.read(req.concordance());
            if (sys.sectors().regionNumber(req.region()) < 0) {
                return failed(Issue.error("FOOTPRINT_REGION", "region '" + req.region() + "' is not in the MRIO; its regions are "
                        + sys.sectors().regions(), Location.file(req.mrio().toString())), choice.notice());
            }
            int n = sys.sectors().size();
            progress.accept("computing accounts: " + n + " sectors, " + sys.finalDemandCategories().size() + " final-demand columns, "
                    + sys.extensions().stream().mapToInt(Extension::size).sum() + " stressors (one LU of " + n + " x " + n + ")");
            FootprintInput in = FootprintInput.of(sys, choice.solver()).withFocusRegion(req.region()).withLayers(req.layers())
                    .withPaths(req.pathThreshold(), req.maxPaths()).withBridge(bridge)
                    .withSectorResolvedImports(false); // the CSV tables use D_imp per region only

            FootprintResult r = FootprintCalculator.compute(in);
            ValidationReport all = pre.addAll(r.report()).build();
            if (all.hasErrors()) {
                return new Run(null, sys, all, choice.notice());
            }
            return new Run(r, sys, all, choice.notice());
        } catch (MrioReadException e) {
            return new Run(null, null, e.report(), choice.notice());
        }
    }

    private static Run failed(Issue i, String notice) {
        return new Run(null, null, ValidationReport.builder().add(i).build(), notice);
    }

    /** Writes accounts.csv, footprint.csv, layers.csv, paths.csv (and multipliers.csv, accounts_per_capita.csv) into dir. */
    public void write(Run run, IoSystem sys, boolean multipliers, Path dir) throws IOException {
        FootprintResult r = run.result();
        if (r == null) {
            throw new IllegalStateException("nothing to write: the run failed");
        }
        try (CSVPrinter p = printer(dir.resolve("accounts.csv"), "extension", "stressor", "region", "account", "value", "unit")) {
            for (ExtensionAccounts e : r.accounts()) {
                for (String acc : ExtensionAccounts.ACCOUNTS) {
                    DenseMatrix m = e.byRegion(acc);
                    for (int q = 0; q < e.stressors().size(); q++) {
                        for (int reg = 0; reg < e.regions().size(); reg++) {
                            p.printRecord(e.extension(), e.stressors().get(q), e.regions().get(reg), acc, num(m.get(q, reg)), e.units().get(q));
                        }
                    }
                }
            }
        }
        if (r.accounts().stream().anyMatch(e -> e.perCapita() != null)) {
            try (CSVPrinter p = printer(dir.resolve("accounts_per_capita.csv"), "extension", "stressor", "region", "account", "value", "unit")) {
                for (ExtensionAccounts e : r.accounts()) {
                    for (int a = 0; a < 4; a++) {
                        DenseMatrix m = e.perCapita().get(a);
                        for (int q = 0; q < e.stressors().size(); q++) {
                            for (int reg = 0; reg < e.regions().size(); reg++) {
                                p.printRecord(e.extension(), e.stressors().get(q), e.regions().get(reg), ExtensionAccounts.ACCOUNTS.get(a),
                                        num(m.get(q, reg)), e.units().get(q) + "/cap");
                            }
                        }
                    }
                }
            }
        }
        RegionFootprint f = r.region();
        try (CSVPrinter p = printer(dir.resolve("footprint.csv"), "region", "indicator", "material", "value", "unit")) {
            List<RegionFootprint.Indicators> rows = f.materials().isEmpty() ? f.stressors() : f.materials();
            for (RegionFootprint.Indicators ind : rows) {
                for (Object[] kv : ind.rows()) {
                    p.printRecord(f.region(), kv[0], ind.name(), num((Double) kv[1]), ind.unit());
                }
            }
        }
        try (CSVPrinter p = printer(dir.resolve("layers.csv"), "region", "extension", "stressor", "tier", "value", "share", "unit")) {
            for (RegionFootprint.LayerValue l : f.layers()) {
                p.printRecord(f.region(), l.extension(), l.stressor(), l.tier() < 0 ? "remainder" : Integer.toString(l.tier()),
                        num(l.value()), num(l.share()), l.unit());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("paths.csv"), "region", "extension", "stressor", "rank", "tier", "path", "value", "share", "unit")) {
            for (RegionFootprint.StructuralPath s : f.paths()) {
                p.printRecord(f.region(), s.extension(), s.stressor(), s.rank(), s.path().size() - 1,
                        s.path().stream().map(Label::toString).collect(Collectors.joining(" <- ")), num(s.value()), num(s.share()), s.unit());
            }
        }
        if (multipliers) {
            try (CSVPrinter p = printer(dir.resolve("multipliers.csv"), "extension", "stressor", "region", "sector", "value", "unit")) {
                for (ExtensionAccounts e : r.accounts()) {
                    for (int q = 0; q < e.stressors().size(); q++) {
                        String unit = FootprintCalculator.multiplierUnit(e.units().get(q), sys.monetaryUnit());
                        for (int j = 0; j < e.sectors().size(); j++) {
                            Label l = e.sectors().label(j);
                            p.printRecord(e.extension(), e.stressors().get(q), l.region(), l.item(), num(e.multipliers().get(q, j)), unit);
                        }
                    }
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    /** Shortest text that reads back to the same double. */
    private static String num(double v) {
        return Double.toString(v);
    }
}
