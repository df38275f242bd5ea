package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.List;
import java.util.Set;

/** Small hand-made inputs for unit tests (not published figures). */
final class Fixtures {
    private Fixtures() {
    }

    static final Set<String> EU = Set.of("BE", "FI", "FR", "DE", "PL");

    static SupplyShare share(String m, Stage st, ShareScope sc, String c, double s, double t, int line) {
        return new SupplyShare(m, st, sc, c, s, t, false, "test", Location.line("supply_shares.csv", line));
    }

    static WgiRecord wgi(String c, double scaled) {
        return WgiRecord.scaled(c, 2022, scaled, 0.3, Location.none());
    }

    /** Cobalt-like material: GS at P dominated by CN, EU sourcing by FI and BE. */
    static CriticalityInput cobalt() {
        List<SupplyShare> shares = List.of(
                share("Co", Stage.P, ShareScope.GS, "CN", 0.60, 1.0, 2),
                share("Co", Stage.P, ShareScope.GS, "FI", 0.11, 0.8, 3),
                share("Co", Stage.P, ShareScope.GS, "BE", 0.05, 0.8, 4),
                share("Co", Stage.P, ShareScope.GS, "CA", 0.24, 1.0, 5),
                share("Co", Stage.P, ShareScope.EU, "FI", 0.62, 0.8, 6),
                share("Co", Stage.P, ShareScope.EU, "BE", 0.29, 0.8, 7),
                share("Co", Stage.P, ShareScope.EU, "CN", 0.09, 1.0, 8),
                share("Co", Stage.P, ShareScope.BE, "CD", 0.50, Double.NaN, 9),
                share("Co", Stage.P, ShareScope.BE, "FI", 0.30, Double.NaN, 10),
                share("Co", Stage.P, ShareScope.BE, "CN", 0.20, Double.NaN, 11));
        List<WgiRecord> wgi = List.of(wgi("CN", 6.0), wgi("FI", 1.0), wgi("BE", 2.0), wgi("CA", 1.5), wgi("CD", 8.5));
        MaterialStage eu = MaterialStage.of("Co", Stage.P, 0.8, 0.2, 0.9, SupplyMode.GS_EU).withScope(Scope.EU);
        MaterialStage be = MaterialStage.of("Co", Stage.P, 0.6, 0.2, 0.9, SupplyMode.GS_EU).withScope(Scope.BE);
        return CriticalityInput.ofStages(List.of(eu, be)).withShares(shares).withWgi(wgi).withEuMembers(EU)
                .withEi(List.of(EndUse.of("Co", "batteries", 0.6, "C27"), EndUse.of("Co", "alloys", 0.4, "C25")),
                        List.of(ValueAdded.of(Scope.EU, "C27", 90, "MEUR"), ValueAdded.of(Scope.EU, "C25", 160, "MEUR"),
                                ValueAdded.of(Scope.EU, "C28", 200, "MEUR"), ValueAdded.of(Scope.BE, "C27", 3, "MEUR"),
                                ValueAdded.of(Scope.BE, "C25", 4, "MEUR"), ValueAdded.of(Scope.BE, "C20", 12, "MEUR")),
                        List.of(SubstitutionIndex.of("Co", 0.95)));
    }
}
