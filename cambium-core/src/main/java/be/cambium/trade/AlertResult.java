package be.cambium.trade;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;

import java.util.List;
import java.util.Objects;

/** Output of {@link TradeAlertDetector}: alerts ordered by reporter, basket, flow, period, indicator. */
public record AlertResult(List<Alert> alerts, ValidationReport report, Provenance provenance) {
    public AlertResult {
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(provenance, "provenance");
    }
}
