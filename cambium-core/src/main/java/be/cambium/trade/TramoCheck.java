package be.cambium.trade;

import jdplus.toolkit.base.api.timeseries.TsData;
import jdplus.toolkit.base.api.timeseries.TsPeriod;
import jdplus.toolkit.base.api.timeseries.regression.IOutlier;
import jdplus.toolkit.base.core.modelling.regression.RegressionDesc;
import jdplus.toolkit.base.core.regsarima.regular.CheckLast;
import jdplus.toolkit.base.core.regsarima.regular.RegSarimaModel;
import jdplus.tramoseats.base.api.tramo.TramoSpec;
import jdplus.tramoseats.base.core.tramo.TramoKernel;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TRAMO on a monthly basket total with JDemetra+ v3 (jdplus, TRfull specification: automatic log/level
 * choice, ARIMA identification, calendar effects, outlier detection AO/LS/TC): the outliers it finds
 * and the end-of-series check ("Terror": fit on the series without its last {@code nback} months,
 * forecast them, score = forecast error / forecast standard error; JD+ {@code CheckLast}).
 */
public final class TramoCheck {

    /** One TRAMO outlier: type (AO, LS, TC, SO), month, estimated effect and its t-statistic. */
    public record Outlier(String type, YearMonth period, double coefficient, double tStat) {
    }

    /** Outliers of the whole series and the end-of-series scores of its last {@code nback} months (NaN if not computed). */
    public record Result(List<Outlier> outliers, double[] lastScores, boolean logTransformed) {
        public Result {
            outliers = List.copyOf(outliers);
            lastScores = lastScores.clone();
        }
    }

    /** At least three years of monthly history, as the ESS guidelines ask for seasonal models. */
    public static final int MIN_MONTHS = 36;

    private TramoCheck() {
    }

    /**
     * Runs TRAMO on {@code values} (monthly, starting {@code start}, no missing values, at least
     * {@link #MIN_MONTHS}). Throws for a short or gappy series (callers check first).
     */
    public static Result run(YearMonth start, double[] values, int nback) {
        Objects.requireNonNull(start, "start");
        if (values.length < MIN_MONTHS) {
            throw new IllegalArgumentException("TRAMO needs at least " + MIN_MONTHS + " months, got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("TRAMO series must be complete (no NaN)");
            }
        }
        TsData ts = TsData.ofInternal(TsPeriod.monthly(start.getYear(), start.getMonthValue()), values.clone());
        TramoSpec spec = TramoSpec.TRfull;
        boolean nonPositiveEnd = false;
        for (int i = Math.max(0, values.length - nback); i < values.length; i++) {
            nonPositiveEnd |= values[i] <= 0;
        }
        if (nonPositiveEnd) {
            // as JD+ Terror does: a log model cannot score zero or negative last values
            spec = spec.toBuilder().transform(spec.getTransform().toBuilder()
                    .function(jdplus.toolkit.base.api.modelling.TransformationType.None).build()).build();
        }
        RegSarimaModel model = TramoKernel.of(spec, null).process(ts, null);
        List<Outlier> outliers = new ArrayList<>();
        if (model != null) {
            for (RegressionDesc d : model.getDetails().getRegressionItems()) {
                if (d.getCore() instanceof IOutlier o) {
                    LocalDateTime pos = o.getPosition();
                    outliers.add(new Outlier(o.getCode(), YearMonth.of(pos.getYear(), pos.getMonthValue()), d.getCoef(),
                            d.getTStat()));
                }
            }
        }
        double[] scores = new double[nback];
        java.util.Arrays.fill(scores, Double.NaN);
        CheckLast cl = new CheckLast(TramoKernel.of(spec, null), nback);
        if (cl.check(ts)) {
            double[] s = cl.getScores();
            System.arraycopy(s, 0, scores, 0, Math.min(nback, s.length));
        }
        boolean log = model != null && model.getDescription().isLogTransformation();
        return new Result(outliers, scores, log);
    }
}
