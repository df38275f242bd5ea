package be.cambium.footprint;

import java.util.List;

/**
 * The material footprint of one economy r, per stressor (and per bridged material):
 * DE (extraction in r), IMP_RME = IMP_final + IMP_intermediate + IMP_reexport, EXP_RME, RMI = DE + IMP_RME,
 * RMC = RMI - EXP_RME; its production layers and top structural paths.
 */
public record RegionFootprint(String region, List<Indicators> stressors, List<Indicators> materials,
        List<LayerValue> layers, List<StructuralPath> paths) {

    public RegionFootprint {
        stressors = List.copyOf(stressors);
        materials = List.copyOf(materials);
        layers = List.copyOf(layers);
        paths = List.copyOf(paths);
    }

    /**
     * One stressor's (or material's) indicators in raw-material equivalents.
     *
     * @param importsFinal RME of imported goods bought by r's final demand
     * @param importsIntermediate RME of intermediate imports that end in r's own final demand
     * @param importsReexport RME of intermediate imports that leave again in r's exports
     */
    public record Indicators(String extension, String name, String unit, double domesticExtraction, double imports,
            double importsFinal, double importsIntermediate, double importsReexport, double exports, double rawMaterialInput,
            double rawMaterialConsumption) {

        /** The indicators by code, in output order. */
        public List<Object[]> rows() {
            return List.of(new Object[] {"DE", domesticExtraction}, new Object[] {"IMP_RME", imports},
                    new Object[] {"IMP_RME_FINAL", importsFinal}, new Object[] {"IMP_RME_INTERMEDIATE", importsIntermediate},
                    new Object[] {"IMP_RME_REEXPORT", importsReexport}, new Object[] {"EXP_RME", exports},
                    new Object[] {"RMI", rawMaterialInput}, new Object[] {"RMC", rawMaterialConsumption});
        }
    }

    /** Tier k's share of the footprint of r's final demand: S A^k y. Tier -1 is the remainder beyond the last layer. */
    public record LayerValue(String extension, String stressor, String unit, int tier, double value, double share) {
    }

    /** A supply chain from a final product (first label) up to the sector where the stressor occurs (last). */
    public record StructuralPath(String extension, String stressor, String unit, int rank, List<Label> path,
            double value, double share) {
        public StructuralPath {
            path = List.copyOf(path);
        }
    }
}
