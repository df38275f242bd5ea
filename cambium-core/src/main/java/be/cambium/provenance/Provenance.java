package be.cambium.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a result was made: the sources it used, the steps applied in order, and the parameter
 * values (including rules such as how missing values were treated). Immutable; {@code withX}
 * returns a copy.
 */
public record Provenance(List<Source> sources, List<String> steps, Map<String, String> parameters) {

    private static final Provenance EMPTY = new Provenance(List.of(), List.of(), Map.of());

    public Provenance {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    public static Provenance empty() {
        return EMPTY;
    }

    public static Provenance of(Source... sources) {
        return new Provenance(List.of(sources), List.of(), Map.of());
    }

    /** Adds a source unless one with the same id is already there. */
    public Provenance withSource(Source s) {
        if (sources.stream().anyMatch(x -> x.id().equals(s.id()))) {
            return this;
        }
        List<Source> l = new ArrayList<>(sources);
        l.add(s);
        return new Provenance(l, steps, parameters);
    }

    public Provenance withStep(String step) {
        List<String> l = new ArrayList<>(steps);
        l.add(Objects.requireNonNull(step, "step"));
        return new Provenance(sources, l, parameters);
    }

    public Provenance withParameter(String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(parameters);
        m.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Provenance(sources, steps, m);
    }

    /** Union of both: sources deduplicated by id, steps concatenated, parameters of {@code other} win. */
    public Provenance merge(Provenance other) {
        Provenance p = this;
        for (Source s : other.sources) {
            p = p.withSource(s);
        }
        List<String> st = new ArrayList<>(p.steps);
        st.addAll(other.steps);
        Map<String, String> m = new LinkedHashMap<>(p.parameters);
        m.putAll(other.parameters);
        return new Provenance(p.sources, st, m);
    }
}
