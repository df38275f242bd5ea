package be.cambium.criticality;

import java.util.Objects;

/**
 * One line of Belgian sourcing derived from trade: a partner's imports of a material at a stage over the window (or
 * the domestic production, partner = the reporter, trade type {@code DP}).
 *
 * @param tradeType  Comext trade types seen (I, E, ...; several joined by ';'), {@code DP} for domestic production
 * @param share      share of the observed sourcing on the chosen basis; NaN for a partner that is not observed
 *                   (confidential, unknown, mass missing), which is listed but not in the shares
 * @param t          trade variable used; NaN when the partner is not in the shares
 * @param tSource    where t comes from (EU member, EU sourcing table, GS table, default)
 * @param periods    first and last month of the partner's rows ({@code 2021-01..2023-12}), or the years for production
 * @param source     the Comext files (vintages) the figure comes from, or the production row's source
 */
public record SourcingPartner(String material, Stage stage, String partner, String tradeType, double quantityKg,
                              double valueEur, double share, double t, String tSource, String periods, String source) {

    public SourcingPartner {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(tradeType, "tradeType");
        Objects.requireNonNull(tSource, "tSource");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the partner is in the shares. */
    public boolean observed() {
        return !Double.isNaN(share);
    }
}
