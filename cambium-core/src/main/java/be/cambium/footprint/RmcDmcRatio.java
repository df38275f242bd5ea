package be.cambium.footprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A published raw material consumption (RMC, the material footprint) over the published domestic material
 * consumption (DMC) of the same economy and year, with the uncertainty the publication's rounding leaves: each
 * value may be off by half its last digit, so the ratio by {@code ratio * (half / rmc + half / dmc)}.
 *
 * @param uncertainty the largest error of {@code ratio} from rounding alone
 */
public record RmcDmcRatio(int year, double rmc, double dmc, double ratio, double uncertainty) {

    /**
     * The ratio for every year with both values and a positive DMC, in year order.
     *
     * @param halfStep half the published rounding step (0.05 for values published to 0.1 t per person)
     */
    public static List<RmcDmcRatio> of(SortedMap<Integer, Double> rmc, SortedMap<Integer, Double> dmc, double halfStep) {
        List<RmcDmcRatio> out = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : rmc.entrySet()) {
            Double d = dmc.get(e.getKey());
            if (d == null || !(d > 0)) {
                continue;
            }
            double rv = e.getValue();
            double ratio = rv / d;
            out.add(new RmcDmcRatio(e.getKey(), rv, d, ratio, ratio * (halfStep / rv + halfStep / d)));
        }
        return out;
    }

    /** RMC and DMC are equal within the published rounding (|ratio - 1| at most the uncertainty). */
    public boolean equalWithinRounding() {
        return Math.abs(ratio - 1) <= uncertainty;
    }
}
