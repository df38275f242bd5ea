package be.cambium.stockflow;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.Optional;

/**
 * The result of a multi-layer run. Product tables have the segment dimensions plus
 * {@code technology}; material tables add {@code component} and {@code material}; the end-of-life
 * table adds {@code flow} (collected, uncollected, sorted, sorting_loss, secondary_material,
 * recycling_loss). Values are by year position of {@link #years()}.
 */
public record StockflowResult(int[] years, Table productStock, Table productInflow, Table productOutflow,
                              Table materialStock, Table materialInflow, Table materialOutflow, Table endOfLife,
                              Optional<Table> stockByCohort, MassBalance massBalance, ValidationReport report,
                              Provenance provenance) {

    public StockflowResult {
        years = years.clone();
    }

    @Override
    public int[] years() {
        return years.clone();
    }
}
