package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * pymrio's accounts for one extension. Sector-level matrices are k x n with columns labelled by
 * {@link #sectors()}; for D_cba and D_imp a column (r, s) is consuming region r and product s, for
 * D_pba and D_exp it is the producing region and sector. Regional matrices are k x (number of regions).
 * D_cba_reg and D_pba_reg include F_Y (as pymrio does); D_imp_reg and D_exp_reg do not.
 *
 * @param multipliers M = S L, stressor per unit of final demand (unit: stressor unit / monetary unit)
 * @param directIntensities S = F x̂⁻¹
 * @param downstreamMultipliers M_down = S (Gᵀ - I) with the Ghosh inverse G = x̂⁻¹ L x̂ (pymrio {@code calc_M_down})
 * @param imports D_imp by consuming region and product, or null when not requested
 * @param perCapita the regional accounts divided by population (same order), or null without population
 */
public record ExtensionAccounts(String extension, List<String> stressors, List<String> units, LabelIndex sectors,
        List<String> regions, DenseMatrix directIntensities, DenseMatrix multipliers, DenseMatrix downstreamMultipliers, DenseMatrix consumption,
        DenseMatrix production, @Nullable DenseMatrix imports, DenseMatrix exports, DenseMatrix consumptionByRegion,
        DenseMatrix productionByRegion, DenseMatrix importsByRegion, DenseMatrix exportsByRegion,
        @Nullable List<DenseMatrix> perCapita) {

    public ExtensionAccounts {
        stressors = List.copyOf(stressors);
        units = List.copyOf(units);
        regions = List.copyOf(regions);
        perCapita = perCapita == null ? null : List.copyOf(perCapita);
    }

    /** The regional account by pymrio name: {@code D_cba}, {@code D_pba}, {@code D_imp} or {@code D_exp}. */
    public DenseMatrix byRegion(String account) {
        switch (account) {
            case "D_cba":
                return consumptionByRegion;
            case "D_pba":
                return productionByRegion;
            case "D_imp":
                return importsByRegion;
            case "D_exp":
                return exportsByRegion;
            default:
                throw new IllegalArgumentException("unknown account " + account);
        }
    }

    public static final List<String> ACCOUNTS = List.of("D_cba", "D_pba", "D_imp", "D_exp");
}
