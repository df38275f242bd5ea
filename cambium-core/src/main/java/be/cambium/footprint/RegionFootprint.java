package be.cambium.footprint;

import java.util.List;

/**
 * The material footprint of one economy r, per stressor (and per bridged material):
 * DE (extraction in r), IMP_RME = IMP_final + IMP_intermediate + IMP_reexport, EXP_RME, RMI = DE + IMP_RME,
 * RMC = RMI - EXP_RME; its production layers and top structural paths.
 *
 * @param materials the bridged materials (extension {@code *}), empty without a {@link MaterialBridge}
 * @param materialLayers the production layers of the bridged materials (extension {@code *}), empty without a bridge
 */
public record RegionFootprint(String region, List<Indicators> stressors, List<Indicators> materials,
        List<LayerValue> layers, List<LayerValue> materialLayers, List<StructuralPath> paths) {

    public RegionFootprint {
        stressors = List.copyOf(stressors);
        materials = List.copyOf(materials);
        layers = List.copyOf(layers);
        materialLayers = List.copyOf(materialLayers);
        paths = List.copyOf(paths);
    }

    /** The materials when a bridge was given, else the stressors: the rows a footprint table shows. */
    public List<Indicators> items() {
        return materials.isEmpty() ? stressors : materials;
    }

    /** The layers of {@link #items()}. */
    public List<LayerValue> itemLayers() {
        return materials.isEmpty() ? layers : materialLayers;
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

        /** The indicator codes, in the order of {@link #values()}. */
        public static final List<String> CODES = List.of("DE", "IMP_RME", "IMP_RME_FINAL", "IMP_RME_INTERMEDIATE",
                "IMP_RME_REEXPORT", "EXP_RME", "RMI", "RMC");

        /** The indicators by code, in output order. */
        public List<Object[]> rows() {
            double[] v = values();
            List<Object[]> out = new java.util.ArrayList<>(CODES.size());
            for (int i = 0; i < CODES.size(); i++) {
                out.add(new Object[] {CODES.get(i), v[i]});
            }
            return out;
        }

        /** The values in the order of {@link #CODES}. */
        public double[] values() {
            return new double[] {domesticExtraction, imports, importsFinal, importsIntermediate, importsReexport, exports,
                rawMaterialInput, rawMaterialConsumption};
        }

        /** The sum of several items (for a total of items in one unit), extension {@code *}. */
        public static Indicators total(String name, String unit, List<Indicators> items) {
            double[] a = new double[CODES.size()];
            for (Indicators i : items) {
                double[] x = i.values();
                for (int k = 0; k < a.length; k++) {
                    a[k] += x[k];
                }
            }
            return new Indicators("*", name, unit, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        }
    }

    /**
     * Tier k's share of the footprint of r's final demand: S A^k y. Tier -1 is the remainder beyond the last layer.
     * {@code stressor} names a bridged material where {@code extension} is {@code *}.
     */
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
