package be.cambium.stockflow;

import java.util.Objects;

/**
 * The component and material layers: how many of a component one product unit holds, and how much
 * of a material one component holds, by technology and inflow cohort (year position). The
 * material content of one product unit of cohort c is {@code count[c] * content[c]}.
 *
 * @param technology technology code (as in the segments)
 * @param component  component code (e.g. tower, blades, generator)
 * @param material   material code (e.g. steel, Nd)
 * @param countPerUnit   components per product unit, by cohort
 * @param contentPerComponent material per component, by cohort, in the system's material unit
 * @param source     where the figures come from (free text or a source id)
 */
public record Composition(String technology, String component, String material, double[] countPerUnit,
                          double[] contentPerComponent, String source) {

    public Composition {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(source, "source");
        countPerUnit = countPerUnit.clone();
        contentPerComponent = contentPerComponent.clone();
        if (countPerUnit.length != contentPerComponent.length) {
            throw new IllegalArgumentException(technology + "/" + component + "/" + material + ": count and content lengths differ");
        }
    }

    double intensity(int c) {
        return countPerUnit[c] * contentPerComponent[c];
    }

    @Override
    public double[] countPerUnit() {
        return countPerUnit.clone();
    }

    @Override
    public double[] contentPerComponent() {
        return contentPerComponent.clone();
    }

    /** This composition with every material content multiplied by {@code factor} (scenarios, Monte Carlo). */
    public Composition scaledContent(double factor) {
        double[] c = contentPerComponent.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= factor;
        }
        return new Composition(technology, component, material, countPerUnit, c, source);
    }
}
