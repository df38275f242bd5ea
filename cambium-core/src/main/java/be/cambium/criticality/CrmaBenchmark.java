package be.cambium.criticality;

import java.util.Objects;

/**
 * Critical Raw Materials Act (Regulation (EU) 2024/1252, Art. 5) benchmarks for one material and stage,
 * approximated from the EU sourcing shares: the largest single third country's share of EU sourcing
 * (benchmark at most 65 %), the EU member states' share of EU sourcing as the extraction (stage E, at least
 * 10 %) or processing (stage P, at least 40 %) capacity share, and EOL-RIR as the recycling share (at least 25 %).
 * NaN where the data do not allow.
 */
public record CrmaBenchmark(String material, Stage stage, String largestThirdCountry, double largestThirdCountryShare,
                            boolean exceedsThirdCountryLimit, double euShare, double euShareBenchmark,
                            boolean meetsEuShare, double recyclingShare, boolean meetsRecycling) {
    public CrmaBenchmark {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(largestThirdCountry, "largestThirdCountry");
    }
}
