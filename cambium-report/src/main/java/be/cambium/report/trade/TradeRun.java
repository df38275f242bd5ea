package be.cambium.report.trade;

import be.cambium.provenance.Provenance;
import be.cambium.trade.AlertResult;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.validate.ValidationReport;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One monitoring run: the indicators and alerts (both null when the input had errors), every issue of reading and
 * computing, and the provenance (sources: the baskets, the Comext files or workspace vintages, the WGI; steps;
 * detection parameters).
 */
public record TradeRun(@Nullable TradeIndicatorResult indicators, @Nullable AlertResult alerts, ValidationReport report,
                       Provenance provenance) {
    public TradeRun {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
        if ((indicators == null) != (alerts == null)) {
            throw new IllegalArgumentException("a run has both indicators and alerts, or neither");
        }
    }

    /** A run stopped by input problems: no figures. */
    public static TradeRun failed(ValidationReport report, Provenance provenance) {
        return new TradeRun(null, null, report, provenance);
    }

    /** True when there are figures and no error. */
    public boolean complete() {
        return indicators != null && alerts != null && !report.hasErrors();
    }
}
