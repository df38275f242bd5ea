package be.cambium.classification;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A typed, weighted mapping from codes of one classification ({@code A}) to codes of another ({@code B}),
 * e.g. CN8 of 2021 to CN8 of 2022, CN8 to EW-MFA material, or NACE division to an IO sector.
 *
 * <p>Each {@link Link} carries the share of the source that goes to the target. One-to-one and many-to-one
 * links have weight 1; a source split one-to-many has shares that should sum to 1 — {@link #validate(double)}
 * reports each source whose shares do not. Mapping values ({@link #apply}) sends
 * {@code value(a) × weight(a → b)} to every target and sums per target, so totals are kept when the shares of
 * every source sum to 1. Missing values (NaN) stay missing in every target they reach.
 *
 * @param <A> source code type
 * @param <B> target code type
 */
public final class Concordance<A, B> {

    /** Issue code: the shares of a source do not sum to 1 within the tolerance. */
    public static final String WEIGHTS = "CLS_CONCORDANCE_WEIGHTS";
    /** Issue code: a value's source code has no link, so its value could not be mapped. */
    public static final String UNMAPPED = "CLS_CONCORDANCE_UNMAPPED";
    /** Issue code: a concordance row with an unreadable code or weight. */
    public static final String BAD_ROW = "CLS_CONCORDANCE_BAD_ROW";
    /** Issue code: a source-target pair given twice. */
    public static final String DUPLICATE = "CLS_CONCORDANCE_DUPLICATE";
    /** Issue code: a target whose sources all have size 0, so an inverse cannot split it. */
    public static final String NO_SPLIT = "CLS_CONCORDANCE_NO_SPLIT";

    /** How codes relate. */
    public enum Kind { ONE_TO_ONE, ONE_TO_MANY, MANY_TO_ONE, MANY_TO_MANY }

    /** A share {@code weight} in (0, 1] of {@code source} that maps to {@code target}. */
    public record Link<A, B>(A source, B target, double weight) {
        public Link {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight of " + source + " -> " + target + " must be in (0, 1], got " + weight);
            }
        }

        public static <A, B> Link<A, B> of(A source, B target) {
            return new Link<>(source, target, 1.0);
        }
    }

    /**
     * A row of a concordance file before parsing: codes and weight as text (an empty weight means 1), and the
     * row's location for issues.
     */
    public record Row(String source, String target, String weight, Location location) {
        public Row {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(location, "location");
        }
    }

    private final String name;
    private final List<Link<A, B>> links;
    private final Map<A, Map<B, Double>> bySource;
    private final Map<B, Map<A, Double>> byTarget;

    private Concordance(String name, Collection<Link<A, B>> links) {
        this.name = Objects.requireNonNull(name, "name");
        Map<A, Map<B, Double>> s = new LinkedHashMap<>();
        Map<B, Map<A, Double>> t = new LinkedHashMap<>();
        for (Link<A, B> l : links) {
            Objects.requireNonNull(l, "link");
            Map<B, Double> m = s.computeIfAbsent(l.source(), k -> new LinkedHashMap<>());
            if (m.put(l.target(), l.weight()) != null) {
                throw new IllegalArgumentException(name + ": link " + l.source() + " -> " + l.target() + " given twice");
            }
            t.computeIfAbsent(l.target(), k -> new LinkedHashMap<>()).put(l.source(), l.weight());
        }
        s.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        t.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        this.links = List.copyOf(links);
        this.bySource = Collections.unmodifiableMap(s);
        this.byTarget = Collections.unmodifiableMap(t);
    }

    /** A concordance of the given links; a repeated source-target pair throws {@link IllegalArgumentException}. */
    public static <A, B> Concordance<A, B> of(String name, Collection<Link<A, B>> links) {
        return new Concordance<>(name, links);
    }

    /** A one-to-one or many-to-one concordance (weight 1 each) from a map. */
    public static <A, B> Concordance<A, B> fromMap(String name, Map<A, B> map) {
        List<Link<A, B>> l = new ArrayList<>();
        map.forEach((a, b) -> l.add(Link.of(a, b)));
        return new Concordance<>(name, l);
    }

    /**
     * Builds a concordance from rows read from a file. Codes are parsed with {@code parseSource} and
     * {@code parseTarget} (empty = unreadable); an empty weight means 1. Unreadable rows add {@value #BAD_ROW},
     * repeated pairs {@value #DUPLICATE} (the first is kept); both are left out. Call {@link #validate(double)}
     * on the result to check the shares.
     */
    public static <A, B> Concordance<A, B> fromRows(String name, List<Row> rows,
                                                    Function<String, Optional<A>> parseSource,
                                                    Function<String, Optional<B>> parseTarget,
                                                    ValidationReport.Builder report) {
        Objects.requireNonNull(report, "report");
        Map<A, Map<B, Link<A, B>>> seen = new LinkedHashMap<>();
        List<Link<A, B>> out = new ArrayList<>();
        for (Row r : rows) {
            Optional<A> a = parseSource.apply(r.source().trim());
            Optional<B> b = parseTarget.apply(r.target().trim());
            if (a.isEmpty() || b.isEmpty()) {
                report.error(BAD_ROW, name + ": unreadable " + (a.isEmpty() ? "source code '" + r.source() + "'"
                        : "target code '" + r.target() + "'"), r.location());
                continue;
            }
            double w;
            String ws = r.weight().trim();
            try {
                w = ws.isEmpty() ? 1.0 : Double.parseDouble(ws);
            } catch (NumberFormatException e) {
                report.error(BAD_ROW, name + ": weight '" + r.weight() + "' is not a number", r.location());
                continue;
            }
            if (!(w > 0 && w <= 1)) {
                report.error(BAD_ROW, name + ": weight " + ws + " of " + a.get() + " -> " + b.get()
                        + " must be in (0, 1]", r.location());
                continue;
            }
            Map<B, Link<A, B>> m = seen.computeIfAbsent(a.get(), k -> new LinkedHashMap<>());
            if (m.containsKey(b.get())) {
                report.error(DUPLICATE, name + ": " + a.get() + " -> " + b.get() + " given again (first kept)", r.location());
                continue;
            }
            Link<A, B> link = new Link<>(a.get(), b.get(), w);
            m.put(b.get(), link);
            out.add(link);
        }
        return new Concordance<>(name, out);
    }

    public String name() {
        return name;
    }

    public List<Link<A, B>> links() {
        return links;
    }

    public Set<A> sources() {
        return bySource.keySet();
    }

    public Set<B> targets() {
        return byTarget.keySet();
    }

    /** The targets of {@code source} with their shares (empty when the source has no link). */
    public Map<B, Double> map(A source) {
        Map<B, Double> m = bySource.get(source);
        return m == null ? Map.of() : m;
    }

    /** The sources of {@code target} with their shares. */
    public Map<A, Double> sourcesOf(B target) {
        Map<A, Double> m = byTarget.get(target);
        return m == null ? Map.of() : m;
    }

    /** The single target of a source mapped with weight 1; empty for unknown or split sources. */
    public Optional<B> mapUnique(A source) {
        Map<B, Double> m = map(source);
        if (m.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<B, Double> e = m.entrySet().iterator().next();
        return e.getValue() == 1.0 ? Optional.of(e.getKey()) : Optional.empty();
    }

    /** The relationship: one-to-one when every source has one target and every target one source, and so on. */
    public Kind kind() {
        boolean split = bySource.values().stream().anyMatch(m -> m.size() > 1);
        boolean merge = byTarget.values().stream().anyMatch(m -> m.size() > 1);
        if (split && merge) {
            return Kind.MANY_TO_MANY;
        }
        return split ? Kind.ONE_TO_MANY : merge ? Kind.MANY_TO_ONE : Kind.ONE_TO_ONE;
    }

    /**
     * Reports, as {@value #WEIGHTS} errors located at {@code Location.cell(name, source)}, every source whose
     * shares sum to more than {@code tolerance} away from 1.
     */
    public ValidationReport validate(double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        ValidationReport.Builder r = ValidationReport.builder();
        bySource.forEach((a, m) -> {
            double sum = m.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1.0) > tolerance) {
                r.error(WEIGHTS, name + ": shares of " + a + " sum to " + sum + ", not 1 (tolerance " + tolerance
                        + "; targets " + m + ")", Location.cell(name, String.valueOf(a)));
            }
        });
        return r.build();
    }

    /**
     * Maps values of source codes to target codes: each target gets the sum of {@code value(a) × weight(a → b)}.
     * Sources without a link are not mapped; each adds a {@value #UNMAPPED} error located at
     * {@code Location.cell(dimension, source)}. NaN values make their targets NaN.
     */
    public Map<B, Double> apply(Map<A, Double> values, String dimension, ValidationReport.Builder report) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(report, "report");
        Map<B, Double> out = new LinkedHashMap<>();
        values.forEach((a, v) -> {
            Map<B, Double> m = bySource.get(a);
            if (m == null) {
                report.error(UNMAPPED, name + ": no link for " + a + " (value " + v + " not mapped)",
                        Location.cell(dimension, String.valueOf(a)));
                return;
            }
            m.forEach((b, w) -> out.merge(b, v * w, Double::sum));
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The inverse mapping with the shares of each target split in proportion to the link weights, i.e. as if
     * every source had the same size. For a many-to-one concordance this splits each target equally among its
     * sources; use {@link #inverse(ToDoubleFunction, ValidationReport.Builder)} to split by observed sizes.
     */
    public Concordance<B, A> inverse() {
        return inverse(a -> 1.0, ValidationReport.builder());
    }

    /**
     * The inverse mapping: {@code weight(b → a) = weight(a → b)·size(a) / Σ_a' weight(a' → b)·size(a')}.
     * Sizes must be finite and non-negative (else {@link IllegalArgumentException}); a target whose sources
     * all have size 0 cannot be split: it adds {@value #NO_SPLIT} and is left out.
     */
    public Concordance<B, A> inverse(ToDoubleFunction<A> size, ValidationReport.Builder report) {
        Objects.requireNonNull(size, "size");
        List<Link<B, A>> out = new ArrayList<>();
        byTarget.forEach((b, sources) -> {
            double total = 0;
            Map<A, Double> part = new LinkedHashMap<>();
            for (Map.Entry<A, Double> e : sources.entrySet()) {
                double s = size.applyAsDouble(e.getKey());
                if (!(s >= 0) || Double.isInfinite(s)) {
                    throw new IllegalArgumentException(name + ": size of " + e.getKey() + " must be finite and >= 0, got " + s);
                }
                part.put(e.getKey(), e.getValue() * s);
                total += e.getValue() * s;
            }
            if (total == 0) {
                report.error(NO_SPLIT, name + ": cannot split " + b + " over " + sources.keySet()
                        + ": all their sizes are 0", Location.cell(name, String.valueOf(b)));
                return;
            }
            double t = total;
            part.forEach((a, p) -> {
                if (p > 0) {
                    out.add(new Link<>(b, a, Math.min(1.0, p / t)));
                }
            });
        });
        return new Concordance<>(name + " (inverse)", out);
    }

    /**
     * The chained mapping {@code A → C}: {@code weight(a → c) = Σ_b weight(a → b)·weight(b → c)}, e.g. CN 2021 → 2022 → 2023.
     * Shares that reach a {@code b} without a link in {@code next} are lost; check with {@link #validate(double)}.
     */
    public <C> Concordance<A, C> andThen(Concordance<B, C> next) {
        List<Link<A, C>> out = new ArrayList<>();
        bySource.forEach((a, m) -> {
            Map<C, Double> acc = new LinkedHashMap<>();
            m.forEach((b, w) -> next.map(b).forEach((c, w2) -> acc.merge(c, w * w2, Double::sum)));
            acc.forEach((c, w) -> {
                if (w > 1 + 1e-9) {
                    throw new IllegalArgumentException(name + " + " + next.name + ": chained share of " + a + " -> " + c
                            + " is " + w + " > 1; validate both concordances first");
                }
                out.add(new Link<>(a, c, Math.min(1.0, w)));
            });
        });
        return new Concordance<>(name + " + " + next.name, out);
    }

    public int size() {
        return links.size();
    }

    @Override
    public String toString() {
        return "Concordance[" + name + ", " + links.size() + " links, " + kind() + "]";
    }
}
