package be.cambium.io.criticality;

import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.DomesticProduction;
import be.cambium.criticality.MaterialCode;
import be.cambium.provenance.Source;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A criticality data package read into the engine's input, with every problem found while reading.
 *
 * @param input         null when the package could not be read at all (see the report)
 * @param materialCodes the optional {@code material_cn} resource (material and stage to CN8 codes), for Belgian sourcing
 *                      from trade; empty when absent
 * @param production    the optional {@code be_production} resource (Belgian production by material, stage and year)
 * @param tradeSources  the sources cited only by {@code material_cn} and {@code be_production}: cited by a run that
 *                      derives Belgian sourcing from trade, not by the input's provenance
 */
public record CriticalityPackage(String name, @Nullable CriticalityInput input, ValidationReport report,
                                 List<MaterialCode> materialCodes, List<DomesticProduction> production,
                                 List<Source> tradeSources) {

    public CriticalityPackage {
        materialCodes = List.copyOf(materialCodes);
        production = List.copyOf(production);
        tradeSources = List.copyOf(tradeSources);
    }

    public CriticalityPackage(String name, @Nullable CriticalityInput input, ValidationReport report) {
        this(name, input, report, List.of(), List.of(), List.of());
    }

    public Optional<CriticalityInput> inputIfRead() {
        return Optional.ofNullable(input);
    }
}
