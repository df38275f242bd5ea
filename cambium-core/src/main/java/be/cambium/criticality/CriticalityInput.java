package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one criticality run needs. Only {@code stages} is required; the other lists may be empty
 * when the computation does not need them (e.g. pre-aggregated HHIs need no shares or WGI).
 *
 * @param euMembers  country codes of EU member states (for the default t of 0.8, the CRMA third-country
 *                   test and the EU share of sourcing), in the code system the shares use
 * @param provenance sources of the inputs (from the data package)
 */
public record CriticalityInput(List<MaterialStage> stages, List<SupplyShare> shares, List<WgiRecord> wgi,
                               List<EndUse> endUses, List<ValueAdded> valueAdded, List<SubstitutionIndex> siEi,
                               List<GroupMember> groups, List<Substitute> substitutes, Set<String> euMembers,
                               CriticalityOptions options, Provenance provenance) {

    public CriticalityInput {
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
        wgi = List.copyOf(Objects.requireNonNull(wgi, "wgi"));
        endUses = List.copyOf(Objects.requireNonNull(endUses, "endUses"));
        valueAdded = List.copyOf(Objects.requireNonNull(valueAdded, "valueAdded"));
        siEi = List.copyOf(Objects.requireNonNull(siEi, "siEi"));
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        substitutes = List.copyOf(Objects.requireNonNull(substitutes, "substitutes"));
        euMembers = Set.copyOf(Objects.requireNonNull(euMembers, "euMembers"));
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** An input with only stage rows (pre-aggregated HHIs), default options. */
    public static CriticalityInput ofStages(List<MaterialStage> stages) {
        return new CriticalityInput(stages, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Set.of(), CriticalityOptions.defaults(), Provenance.empty());
    }

    public CriticalityInput withOptions(CriticalityOptions o) {
        return new CriticalityInput(stages, shares, wgi, endUses, valueAdded, siEi, groups, substitutes, euMembers, o, provenance);
    }

    public CriticalityInput withShares(List<SupplyShare> s) {
        return new CriticalityInput(stages, s, wgi, endUses, valueAdded, siEi, groups, substitutes, euMembers, options, provenance);
    }

    public CriticalityInput withWgi(List<WgiRecord> w) {
        return new CriticalityInput(stages, shares, w, endUses, valueAdded, siEi, groups, substitutes, euMembers, options, provenance);
    }

    public CriticalityInput withEi(List<EndUse> e, List<ValueAdded> va, List<SubstitutionIndex> si) {
        return new CriticalityInput(stages, shares, wgi, e, va, si, groups, substitutes, euMembers, options, provenance);
    }

    public CriticalityInput withGroups(List<GroupMember> g) {
        return new CriticalityInput(stages, shares, wgi, endUses, valueAdded, siEi, g, substitutes, euMembers, options, provenance);
    }

    public CriticalityInput withSubstitutes(List<Substitute> s) {
        return new CriticalityInput(stages, shares, wgi, endUses, valueAdded, siEi, groups, s, euMembers, options, provenance);
    }

    public CriticalityInput withEuMembers(Set<String> m) {
        return new CriticalityInput(stages, shares, wgi, endUses, valueAdded, siEi, groups, substitutes, m, options, provenance);
    }

    public CriticalityInput withStages(List<MaterialStage> s) {
        return new CriticalityInput(s, shares, wgi, endUses, valueAdded, siEi, groups, substitutes, euMembers, options, provenance);
    }
}
