package be.cambium.criticality;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict for one material or group in one scope. SR and the SR inputs are those of the
 * bottleneck stage; groups carry the means of their members (inputs NaN).
 *
 * @param eiUnsubstituted  EI before SI_EI (10 x Sum A_s Q_s / max Q)
 * @param unallocatedShare share of end uses without a usable NACE sector
 * @param bottleneck       the stage with the higher SR, null when no SR or for groups
 * @param flags            short notes (fallbacks, partial data), details in the issues
 * @param irBasis          where the bottleneck stage's IR comes from; null when no SR or for groups
 * @param sourcingBasis    the supply data of the bottleneck stage; null when no SR or for groups
 * @param euInputs         inputs of the bottleneck stage a Belgian run took from the EU row, empty when none
 * @param eiBeEuScale      scope BE only, a CAMBIUM sensitivity (not an official method, never the verdict basis): the EI of
 *                         the Belgian structure on the EU scale, 10 x Sum A_s x (Q_s,BE / Sum Q_BE) x (Sum Q_EU / max Q_EU)
 *                         x SI_EI over the NACE divisions with value added in both scopes; NaN for EU runs or when not
 *                         computable. Compare it with the EU threshold through {@code CriticalityOptions.classify(sr, eiBeEuScale)}.
 */
public record MaterialResult(String material, Scope scope, boolean group, double sr, double ei, double eiUnsubstituted,
                             double unallocatedShare, Verdict verdict, @Nullable Stage bottleneck, double srE, double srP,
                             double hhiGs, double hhiSourcing, double ir, double eolRir, double siSr, double siEi,
                             @Nullable SupplyMode mode, List<String> flags,
                             @Nullable IrBasis irBasis, @Nullable SourcingBasis sourcingBasis, String euInputs,
                             double eiBeEuScale) {
    public MaterialResult {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(verdict, "verdict");
        flags = List.copyOf(flags);
        Objects.requireNonNull(euInputs, "euInputs");
    }
}
