package be.cambium.criticality;

import be.cambium.provenance.Provenance;
import be.cambium.trade.TradeRow;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Inputs of {@link BeSourcingCalculator}: detailed trade rows of the reporter, the months the trade data cover, the
 * material-to-CN8 mapping, domestic production, and the package's own supply shares (for the trade variable t of
 * third countries).
 *
 * @param months          months for which the reporter's trade data are present (a month with no row for a code is
 *                        then an observed zero; a month absent from this set is not observed)
 * @param referenceShares GS and EU supply shares of the package; their t is used for non-EU partners
 * @param statProcedures  Comext STAT_PROCEDURE values kept; empty = all
 * @param intraEuT        t of EU member states (0.8, the 2023 convention)
 * @param provenance      where the rows come from (Comext files and their checksums)
 */
public record BeSourcingInput(List<TradeRow> rows, Set<YearMonth> months, List<MaterialCode> codes,
                              List<DomesticProduction> production, List<SupplyShare> referenceShares, int fromYear,
                              int toYear, String reporter, ShareBasis basis, Set<Integer> statProcedures, double intraEuT,
                              Provenance provenance) {

    public BeSourcingInput {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        months = Set.copyOf(Objects.requireNonNull(months, "months"));
        codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
        production = List.copyOf(Objects.requireNonNull(production, "production"));
        referenceShares = List.copyOf(Objects.requireNonNull(referenceShares, "referenceShares"));
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(basis, "basis");
        statProcedures = Set.copyOf(Objects.requireNonNull(statProcedures, "statProcedures"));
        Objects.requireNonNull(provenance, "provenance");
        if (fromYear > toYear) {
            throw new IllegalArgumentException("year window " + fromYear + "-" + toYear + " is empty");
        }
    }

    /** Reporter BE, mass shares, every statistical procedure, t = 0.8 for EU members. */
    public static BeSourcingInput of(List<TradeRow> rows, Set<YearMonth> months, List<MaterialCode> codes,
                                     List<DomesticProduction> production, List<SupplyShare> referenceShares, int fromYear,
                                     int toYear) {
        return new BeSourcingInput(rows, months, codes, production, referenceShares, fromYear, toYear, "BE", ShareBasis.MASS,
                Set.of(), CriticalityOptions.defaults().intraEuT(), Provenance.empty());
    }

    public BeSourcingInput withBasis(ShareBasis b) {
        return new BeSourcingInput(rows, months, codes, production, referenceShares, fromYear, toYear, reporter, b,
                statProcedures, intraEuT, provenance);
    }

    public BeSourcingInput withStatProcedures(Set<Integer> p) {
        return new BeSourcingInput(rows, months, codes, production, referenceShares, fromYear, toYear, reporter, basis, p,
                intraEuT, provenance);
    }

    public BeSourcingInput withProvenance(Provenance p) {
        return new BeSourcingInput(rows, months, codes, production, referenceShares, fromYear, toYear, reporter, basis,
                statProcedures, intraEuT, p);
    }

    public BeSourcingInput withRows(List<TradeRow> r) {
        return new BeSourcingInput(r, months, codes, production, referenceShares, fromYear, toYear, reporter, basis,
                statProcedures, intraEuT, provenance);
    }
}
