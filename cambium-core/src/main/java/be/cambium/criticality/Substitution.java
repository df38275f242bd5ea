package be.cambium.criticality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Substitution indices from a substitutes table (CRMA Annex II section 2 structure):
 * {@code SI = Sum_a Share_a x [Sum_i SPP_i,a x Sub_share_i,a + (1 - Sum_i Sub_share_i,a)] + (1 - Sum_a Share_a)},
 * i.e. application shares and sub-shares with no substitute count with parameter 1.
 */
public final class Substitution {

    private Substitution() {
    }

    /** SI_EI with the cost-performance parameters. */
    public static double siEi(List<Substitute> rows, SubstitutionParameters p) {
        return index(rows, s -> p.scp(s.performance(), s.cost()));
    }

    /** SI_SR with the production, criticality and co-production parameters. */
    public static double siSr(List<Substitute> rows, SubstitutionParameters p) {
        return index(rows, s -> s.performance() == Substitute.Performance.NONE ? 1.0 : p.sppSr(s));
    }

    private static double index(List<Substitute> rows, java.util.function.ToDoubleFunction<Substitute> spp) {
        Map<String, double[]> apps = new LinkedHashMap<>(); // application -> {share, sum spp*sub, sum sub}
        for (Substitute s : rows) {
            double[] a = apps.computeIfAbsent(s.application(), k -> new double[] {s.applicationShare(), 0, 0});
            a[1] += spp.applyAsDouble(s) * s.subShare();
            a[2] += s.subShare();
        }
        double si = 0;
        double covered = 0;
        for (double[] a : apps.values()) {
            double sub = Math.min(1.0, a[2]);
            si += a[0] * (a[1] + (1.0 - sub));
            covered += a[0];
        }
        return si + Math.max(0, 1.0 - covered);
    }
}
