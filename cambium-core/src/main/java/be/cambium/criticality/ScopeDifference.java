package be.cambium.criticality;

import java.util.Objects;

/**
 * EU and Belgian results of one material side by side, with the drivers of the difference.
 *
 * @param srDrivers the country contributions to the sourcing HHI that differ most (BE minus EU), and the IR change
 * @param eiDrivers the NACE sectors whose EI contributions differ most (BE minus EU)
 */
public record ScopeDifference(String material, double srEu, double srBe, double eiEu, double eiBe, Verdict verdictEu,
                              Verdict verdictBe, String srDrivers, String eiDrivers) {
    public ScopeDifference {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(verdictEu, "verdictEu");
        Objects.requireNonNull(verdictBe, "verdictBe");
        Objects.requireNonNull(srDrivers, "srDrivers");
        Objects.requireNonNull(eiDrivers, "eiDrivers");
    }
}
