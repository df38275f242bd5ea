package be.cambium.stockflow;

import java.util.Objects;

/**
 * End-of-life route of one material (optionally of one component; {@code "*"} = any): the shares
 * of the outflow collected, of the collected mass that dismantling/sorting sends to the right
 * recycler, and of the sorted mass the recycler recovers as secondary material. The rest of each
 * step is a loss. All in [0, 1].
 */
public record EolRoute(String component, String material, double collection, double sorting, double recycling,
                       String source) {

    public EolRoute {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(source, "source");
        check("collection", collection);
        check("sorting", sorting);
        check("recycling", recycling);
    }

    private static void check(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " efficiency must lie in [0, 1], got " + v);
        }
    }

    /** Whether this route applies to the component/material (exact component beats "*"). */
    boolean matches(String comp, String mat) {
        return material.equals(mat) && (component.equals("*") || component.equals(comp));
    }

    /** Share of the outflow that ends as secondary material. */
    public double recoveryRate() {
        return collection * sorting * recycling;
    }
}
