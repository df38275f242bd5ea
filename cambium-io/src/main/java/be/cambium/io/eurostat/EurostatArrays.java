package be.cambium.io.eurostat;

import be.cambium.data.Axes;
import be.cambium.data.Dim;
import be.cambium.data.Dimension;
import be.cambium.data.LabelledArray;
import be.cambium.data.YearRange;
import be.cambium.unit.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts an {@link EurostatDataset} into core {@link LabelledArray}s, one per Eurostat unit code (a labelled
 * array carries a single unit). The {@code unit} dimension is dropped; annual periods become a
 * {@link YearRange} named {@code year} from the first to the last year (years in between that the file lacks
 * are missing, never zero); other periods stay a plain {@code time} dimension. Flags travel beside the values
 * in the same row-major order.
 */
public final class EurostatArrays {

    /**
     * A labelled array with the Eurostat flags of each cell.
     *
     * @param flags one entry per cell of {@code values} in row-major order, empty when none
     */
    public record FlaggedArray(LabelledArray values, List<String> flags) {
        public FlaggedArray {
            Objects.requireNonNull(values, "values");
            flags = List.copyOf(flags);
            if (flags.size() != values.size()) {
                throw new IllegalArgumentException(values.size() + " cells but " + flags.size() + " flags");
            }
        }
    }

    private EurostatArrays() {
    }

    /**
     * One array per unit code that {@link EurostatObservations#UNITS} maps; unit codes it does not map are left
     * out (see {@link EurostatObservations#map}, which reports them).
     */
    public static Map<String, FlaggedArray> byUnit(EurostatDataset d) {
        int unitDim = d.dimensionIndex("unit");
        int timeDim = d.dimensions().size() - 1;
        List<String> periods = d.items(EurostatDataset.TIME);
        boolean annual = periods.stream().allMatch(p -> p.matches("\\d{4}"));
        Dim time;
        if (annual) {
            time = YearRange.of(YearRange.YEAR, Integer.parseInt(periods.get(0)), Integer.parseInt(periods.get(periods.size() - 1)));
        } else {
            time = Dimension.of(EurostatDataset.TIME, periods);
        }
        List<Dim> dims = new ArrayList<>();
        for (int i = 0; i < d.dimensions().size(); i++) {
            if (i == unitDim) {
                continue;
            }
            dims.add(i == timeDim ? time : Dimension.of(d.dimensions().get(i), d.items().get(i)));
        }
        Axes axes = Axes.of(dims);
        Map<String, FlaggedArray> out = new LinkedHashMap<>();
        for (String u : d.items("unit")) {
            String cu = EurostatObservations.UNITS.get(u);
            if (cu == null) {
                continue;
            }
            double[] values = new double[axes.size()];
            String[] flags = new String[axes.size()];
            Arrays.fill(values, Double.NaN);
            Arrays.fill(flags, "");
            int[] shape = axes.shape();
            for (int c = 0; c < d.cellCount(); c++) {
                Map<String, String> lab = d.labels(c);
                if (!lab.get("unit").equals(u)) {
                    continue;
                }
                int off = 0;
                int k = 0;
                for (int i = 0; i < d.dimensions().size(); i++) {
                    if (i == unitDim) {
                        continue;
                    }
                    String item = lab.get(d.dimensions().get(i));
                    int pos = i == timeDim ? time.items().indexOf(item) : d.items().get(i).indexOf(item);
                    off = off * shape[k] + pos;
                    k++;
                }
                values[off] = d.value(c);
                flags[off] = d.flags(c);
            }
            out.put(u, new FlaggedArray(LabelledArray.of(axes, Unit.parse(cu), values), Arrays.asList(flags)));
        }
        return out;
    }
}
