package be.cambium.criticality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts an EU and a Belgian result side by side and names what drives each difference. */
public final class ScopeComparison {

    private ScopeComparison() {
    }

    public static List<ScopeDifference> compare(CriticalityResult eu, CriticalityResult be) {
        if (eu.scope() != Scope.EU || be.scope() != Scope.BE) {
            throw new IllegalArgumentException("compare(eu, be) needs an EU and a BE result, got " + eu.scope() + " and " + be.scope());
        }
        Set<String> names = new LinkedHashSet<>();
        eu.materials().forEach(m -> names.add(m.material()));
        be.materials().forEach(m -> names.add(m.material()));
        List<ScopeDifference> out = new ArrayList<>();
        for (String name : names) {
            MaterialResult a = eu.material(name).orElse(null);
            MaterialResult b = be.material(name).orElse(null);
            double srEu = a == null ? Double.NaN : a.sr();
            double srBe = b == null ? Double.NaN : b.sr();
            double eiEu = a == null ? Double.NaN : a.ei();
            double eiBe = b == null ? Double.NaN : b.ei();
            @org.jspecify.annotations.Nullable Stage stage = b != null && b.bottleneck() != null ? b.bottleneck() : a != null ? a.bottleneck() : null;
            String sr = stage == null ? "" : srDrivers(eu, be, name, stage, a, b);
            String ei = eiDrivers(eu, be, name);
            out.add(new ScopeDifference(name, srEu, srBe, eiEu, eiBe, a == null ? Verdict.UNDETERMINED : a.verdict(),
                    b == null ? Verdict.UNDETERMINED : b.verdict(), sr, ei));
        }
        return out;
    }

    private static String srDrivers(CriticalityResult eu, CriticalityResult be, String material, Stage stage, @org.jspecify.annotations.Nullable MaterialResult a,
                                    @org.jspecify.annotations.Nullable MaterialResult b) {
        Map<String, Double> delta = new LinkedHashMap<>();
        for (Contribution c : eu.contributions()) {
            if (c.material().equals(material) && c.stage() == stage && c.shareScope() == ShareScope.EU && !Double.isNaN(c.contribution())) {
                delta.merge(c.country(), -c.contribution(), Double::sum);
            }
        }
        for (Contribution c : be.contributions()) {
            if (c.material().equals(material) && c.stage() == stage && c.shareScope() == ShareScope.BE && !Double.isNaN(c.contribution())) {
                delta.merge(c.country(), c.contribution(), Double::sum);
            }
        }
        String countries = top(delta, 3);
        StringBuilder sb = new StringBuilder();
        if (!countries.isEmpty()) {
            sb.append("sourcing HHI ").append(stage).append(": ").append(countries);
        }
        if (a != null && b != null && !Double.isNaN(a.ir()) && !Double.isNaN(b.ir()) && Math.abs(a.ir() - b.ir()) > 1e-9) {
            sb.append(sb.length() > 0 ? "; " : "").append(String.format(Locale.ROOT, "IR %.2f -> %.2f", a.ir(), b.ir()));
        }
        if (b != null && !b.flags().isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append(String.join("; ", b.flags()));
        }
        return sb.toString();
    }

    private static String eiDrivers(CriticalityResult eu, CriticalityResult be, String material) {
        Map<String, Double> delta = new LinkedHashMap<>();
        for (EiContribution c : eu.eiContributions()) {
            if (c.material().equals(material) && c.allocated()) {
                delta.merge(c.nace(), -c.contribution(), Double::sum);
            }
        }
        for (EiContribution c : be.eiContributions()) {
            if (c.material().equals(material) && c.allocated()) {
                delta.merge(c.nace(), c.contribution(), Double::sum);
            }
        }
        return top(delta, 3);
    }

    private static String top(Map<String, Double> delta, int k) {
        return delta.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) > 1e-9)
                .sorted((x, y) -> Double.compare(Math.abs(y.getValue()), Math.abs(x.getValue())))
                .limit(k)
                .map(e -> String.format(Locale.ROOT, "%s %+.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
