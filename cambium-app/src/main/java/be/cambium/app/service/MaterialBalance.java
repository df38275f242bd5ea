package be.cambium.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The economy-wide material balance of one year (DE, IMP, EXP, DMI, DMC, PTB) completed from whichever of these
 * flows are published, using only the EW-MFA identities {@code DMI = DE + IMP}, {@code DMC = DE + IMP − EXP},
 * {@code PTB = IMP − EXP}. A flow is derived only when the identity's other terms are all published (or derived
 * before); nothing is estimated. Each derived flow carries its formula, the sources of its terms and a rounding
 * half-width (the sum of the terms' half-widths). Where a flow is over-determined (published and derivable), the
 * published value is kept and the difference is reported when it exceeds the rounding bound.
 */
final class MaterialBalance {

    static final List<String> FLOWS = List.of("DE", "IMP", "EXP", "DMI", "DMC", "PTB");

    /**
     * One flow of the balance.
     *
     * @param how     "published" or the formula it was derived with, e.g. {@code DMC − PTB}
     * @param sources source ids of the published terms it rests on
     */
    record Flow(String indicator, double value, double halfWidth, String how, List<String> sources) {
        Flow {
            Objects.requireNonNull(indicator, "indicator");
            sources = List.copyOf(sources);
        }

        boolean published() {
            return how.equals("published");
        }
    }

    /** A completed balance (all six flows) and any disagreement between published and derivable values. */
    record Result(int year, Map<String, Flow> flows, List<String> conflicts) {
        Result {
            flows = Map.copyOf(flows);
            conflicts = List.copyOf(conflicts);
        }

        Flow flow(String indicator) {
            return Objects.requireNonNull(flows.get(indicator), indicator);
        }
    }

    /** target = a ± b: {target, a, sign, b}. */
    private static final String[][] RULES = {
            {"DE", "DMC", "-", "PTB"},
            {"EXP", "IMP", "-", "PTB"},
            {"IMP", "PTB", "+", "EXP"},
            {"EXP", "DMI", "-", "DMC"},
            {"DE", "DMI", "-", "IMP"},
            {"IMP", "DMI", "-", "DE"},
            {"DMC", "DE", "+", "PTB"},
            {"PTB", "DMC", "-", "DE"},
            {"DMI", "DE", "+", "IMP"},
            {"DMC", "DMI", "-", "EXP"},
            {"PTB", "IMP", "-", "EXP"},
    };

    private MaterialBalance() {
    }

    /**
     * Completes the balance of {@code year} from its published flows (all in the same unit).
     *
     * @return empty when DE, IMP and EXP cannot all be published or derived
     */
    static Optional<Result> complete(int year, Map<String, Flow> published) {
        Map<String, Flow> known = new LinkedHashMap<>(published);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String[] r : RULES) {
                Flow a = known.get(r[1]);
                Flow b = known.get(r[3]);
                if (known.containsKey(r[0]) || a == null || b == null) {
                    continue;
                }
                known.put(r[0], derive(r, a, b));
                changed = true;
            }
        }
        if (!known.keySet().containsAll(FLOWS)) {
            return Optional.empty();
        }
        List<String> conflicts = new ArrayList<>();
        for (String[] r : RULES) {
            Flow t = known.get(r[0]);
            Flow a = known.get(r[1]);
            Flow b = known.get(r[3]);
            Flow d = derive(r, a, b);
            double gap = Math.abs(t.value() - d.value());
            if (gap > t.halfWidth() + d.halfWidth() + 1e-9 * Math.max(Math.abs(t.value()), Math.abs(d.value()))) {
                String c = r[0] + " " + t.value() + " differs from " + d.how() + " = " + d.value() + " by more than rounding";
                if (!conflicts.contains(c)) {
                    conflicts.add(c);
                }
            }
        }
        return Optional.of(new Result(year, known, conflicts));
    }

    private static Flow derive(String[] r, Flow a, Flow b) {
        double v = r[2].equals("+") ? a.value() + b.value() : a.value() - b.value();
        List<String> src = new ArrayList<>(a.sources());
        b.sources().stream().filter(s -> !src.contains(s)).forEach(src::add);
        return new Flow(r[0], v, a.halfWidth() + b.halfWidth(), r[1] + (r[2].equals("+") ? " + " : " − ") + r[3], src);
    }
}
