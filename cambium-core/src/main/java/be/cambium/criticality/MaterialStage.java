package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SR inputs of one material at one stage (one row of {@code material_stage.csv}). Every number is
 * NaN when missing, never zero.
 *
 * @param scope        the assessed economy this row is for, or null when it applies to any scope
 * @param ir           import reliance, a fraction (clamping rules in the engine); NaN when not given
 * @param eolRir       end-of-life recycling input rate in [0, 1]
 * @param siSr         substitution index for SR in (0, 1]
 * @param mode         supply mode, or null for the default {@code GS+EU}
 * @param hhiGs        HHI_WGI,t of global supply on the 0..10 scale when given pre-aggregated, else NaN
 * @param hhiSourcing  HHI_WGI,t of the economy's sourcing when given pre-aggregated, else NaN
 * @param production   domestic production (any mass unit, same for the three), to compute IR when {@code ir} is NaN
 * @param imports      imports
 * @param exports      exports
 * @param transitShare share of the imports that is quasi-transit (Belgian adaptation), NaN when unknown
 * @param eolRirMin    lower end of the EOL-RIR range for the uncertainty analysis (NaN: no range)
 * @param eolRirMax    upper end of the EOL-RIR range
 * @param siSrMin      lower end of the SI_SR range
 * @param siSrMax      upper end of the SI_SR range
 * @param hhiGsMin     lower end of the range of a pre-aggregated {@code hhiGs} (NaN: no range; shares are varied by
 *                     the Dirichlet instead)
 * @param hhiGsMax     upper end of the {@code hhiGs} range
 * @param hhiSourcingMin lower end of the range of a pre-aggregated {@code hhiSourcing}
 * @param hhiSourcingMax upper end of the {@code hhiSourcing} range
 * @param irMin        lower end of the IR range, within [0, 1] (given or computed IR alike)
 * @param irMax        upper end of the IR range
 */
public record MaterialStage(String material, Stage stage, @Nullable Scope scope, double ir, double eolRir, double siSr,
                            @Nullable SupplyMode mode, double hhiGs, double hhiSourcing,
                            double production, double imports, double exports, double transitShare,
                            double eolRirMin, double eolRirMax, double siSrMin, double siSrMax,
                            double hhiGsMin, double hhiGsMax, double hhiSourcingMin, double hhiSourcingMax,
                            double irMin, double irMax, Location location) {

    private static final double NA = Double.NaN;

    public MaterialStage {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(location, "location");
    }

    /** A row with the four core inputs; every other field missing. */
    public static MaterialStage of(String material, Stage stage, double ir, double eolRir, double siSr, @Nullable SupplyMode mode) {
        return new MaterialStage(material, stage, null, ir, eolRir, siSr, mode, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA,
                NA, NA, NA, NA, NA, NA, Location.none());
    }

    public MaterialStage withHhi(double gs, double sourcing) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, gs, sourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, location);
    }

    public MaterialStage withScope(@Nullable Scope s) {
        return new MaterialStage(material, stage, s, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, location);
    }

    public MaterialStage withIr(double v) {
        return new MaterialStage(material, stage, scope, v, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, location);
    }

    public MaterialStage withTrade(double prod, double imp, double exp, double transit) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, prod, imp, exp,
                transit, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, location);
    }

    /** Ranges of EOL-RIR and SI_SR for the uncertainty analysis. */
    public MaterialStage withRanges(double eolMin, double eolMax, double siMin, double siMax) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolMin, eolMax, siMin, siMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, location);
    }

    /** Ranges of the pre-aggregated HHIs (global supply, then the economy's sourcing) for the uncertainty analysis. */
    public MaterialStage withHhiRanges(double gsMin, double gsMax, double sourcingMin, double sourcingMax) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, gsMin, gsMax, sourcingMin, sourcingMax,
                irMin, irMax, location);
    }

    /** Range of the import reliance for the uncertainty analysis. */
    public MaterialStage withIrRange(double min, double max) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                min, max, location);
    }

    public MaterialStage withLocation(Location l) {
        return new MaterialStage(material, stage, scope, ir, eolRir, siSr, mode, hhiGs, hhiSourcing, production, imports, exports,
                transitShare, eolRirMin, eolRirMax, siSrMin, siSrMax, hhiGsMin, hhiGsMax, hhiSourcingMin, hhiSourcingMax,
                irMin, irMax, l);
    }
}
