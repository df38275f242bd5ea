package be.cambium.app.service;

import be.cambium.footprint.Extension;
import be.cambium.footprint.FootprintCalculator;
import be.cambium.footprint.FootprintInput;
import be.cambium.footprint.FootprintResult;
import be.cambium.footprint.IoSystem;
import be.cambium.footprint.MaterialBridge;
import be.cambium.footprint.IoAggregation;
import be.cambium.footprint.IoSystemException;
import be.cambium.io.mrio.ConcordanceReader;
import be.cambium.io.mrio.MaterialBridgeReader;
import be.cambium.io.mrio.MrioFormat;
import be.cambium.io.mrio.RegionCodes;
import be.cambium.io.mrio.MrioReadException;
import be.cambium.io.mrio.MrioReader;
import be.cambium.linalg.Solvers;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The {@code cambium footprint} use case: read an MRIO (and optionally an aggregation and a stressor-to-material
 * concordance) through io, compute pymrio's accounts and the material footprint of one region through core, and
 * collect the issues. Orchestration only: the tables are {@code be.cambium.report.footprint.FootprintTables}, the
 * report section {@code FootprintSection}.
 */
public final class FootprintService {

    /** What the user asked for. */
    public record Request(Path mrio, @Nullable String extension, String region, @Nullable Path concordance, String solver,
            int layers, double pathThreshold, int maxPaths, MrioFormat format, RegionCodes regionCodes, @Nullable Path aggregate) {

        /** Format detected, region codes as written, no aggregation. */
        public Request(Path mrio, @Nullable String extension, String region, @Nullable Path concordance, String solver,
                int layers, double pathThreshold, int maxPaths) {
            this(mrio, extension, region, concordance, solver, layers, pathThreshold, maxPaths, MrioFormat.AUTO,
                    RegionCodes.AS_WRITTEN, null);
        }

        /** The files the request reads (the output folder may not be, hold or lie inside one). */
        public List<Path> inputs() {
            List<Path> in = new ArrayList<>();
            in.add(mrio);
            if (concordance != null) {
                in.add(concordance);
            }
            if (aggregate != null) {
                in.add(aggregate);
            }
            return in;
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
}
