package be.cambium.accounts;

import be.cambium.provenance.Source;
import java.util.List;
import java.util.Objects;

/**
 * Everything the accounts need: published figures (any mix of flows, aggregates, population, GDP, CMU
 * inputs, EOL-RIR), the material tree and the sources the figures cite.
 *
 * @param relativeSlack extra relative tolerance on top of the published rounding, for floating point (default 1e-9)
 */
public record AccountsInput(List<Observation> observations, MaterialHierarchy tree, List<Source> sources, double relativeSlack) {

    public AccountsInput {
        observations = List.copyOf(observations);
        Objects.requireNonNull(tree, "tree");
        sources = List.copyOf(sources);
        if (!(relativeSlack >= 0)) {
            throw new IllegalArgumentException("relativeSlack must be >= 0, got " + relativeSlack);
        }
    }

    public static AccountsInput of(List<Observation> observations, MaterialHierarchy tree, List<Source> sources) {
        return new AccountsInput(observations, tree, sources, 1e-9);
    }
}
