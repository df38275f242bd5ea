package be.cambium.footprint;

import be.cambium.linalg.LinearSolver;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to compute: the system, the dense solver, and optionally the economy whose material footprint
 * is split (DE, IMP_RME by use, EXP_RME, RMI, RMC, layers, paths).
 *
 * @param focusRegion region for the CAMBIUM split, or null for the accounts only
 * @param layers number of production layers (tiers 0 .. layers-1) before the remainder
 * @param pathThreshold structural paths below this share of the footprint are pruned
 * @param maxPaths paths kept per stressor
 * @param sectorResolvedImports compute D_imp per consuming region and product (costs one transposed solve
 *     per stressor and region); when false only D_imp per region is computed
 * @param bridge stressor-to-material concordance for the focus region's footprint, or null
 */
public record FootprintInput(IoSystem system, LinearSolver solver, @Nullable String focusRegion, int layers,
        double pathThreshold, int maxPaths, boolean sectorResolvedImports, @Nullable MaterialBridge bridge) {

    public FootprintInput {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(solver, "solver");
        if (layers < 1 || maxPaths < 0 || !(pathThreshold > 0) || pathThreshold >= 1) {
            throw new IllegalArgumentException("need layers >= 1, maxPaths >= 0 and 0 < pathThreshold < 1");
        }
        if (focusRegion != null && system.sectors().regionNumber(focusRegion) < 0) {
            throw new IllegalArgumentException("region " + focusRegion + " is not in the system; regions are "
                    + system.sectors().regions());
        }
    }

    /** Accounts only: 8 layers, paths above 0.1 %, 20 paths, sector-resolved imports, no bridge. */
    public static FootprintInput of(IoSystem system, LinearSolver solver) {
        return new FootprintInput(system, solver, null, 8, 1e-3, 20, true, null);
    }

    public FootprintInput withFocusRegion(@Nullable String region) {
        return new FootprintInput(system, solver, region, layers, pathThreshold, maxPaths, sectorResolvedImports, bridge);
    }

    public FootprintInput withLayers(int n) {
        return new FootprintInput(system, solver, focusRegion, n, pathThreshold, maxPaths, sectorResolvedImports, bridge);
    }

    public FootprintInput withPaths(double threshold, int max) {
        return new FootprintInput(system, solver, focusRegion, layers, threshold, max, sectorResolvedImports, bridge);
    }

    public FootprintInput withSectorResolvedImports(boolean on) {
        return new FootprintInput(system, solver, focusRegion, layers, pathThreshold, maxPaths, on, bridge);
    }

    public FootprintInput withBridge(@Nullable MaterialBridge b) {
        return new FootprintInput(system, solver, focusRegion, layers, pathThreshold, maxPaths, sectorResolvedImports, b);
    }
}
