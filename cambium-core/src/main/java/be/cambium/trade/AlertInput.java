package be.cambium.trade;

import java.util.Map;
import java.util.Objects;

/** Input of {@link TradeAlertDetector}: computed indicators, basket labels for the messages, settings. */
public record AlertInput(TradeIndicatorResult indicators, Map<String, String> basketLabels, DetectionSettings settings) {
    public AlertInput {
        Objects.requireNonNull(indicators, "indicators");
        basketLabels = Map.copyOf(basketLabels);
        Objects.requireNonNull(settings, "settings");
    }

    public static AlertInput of(TradeIndicatorResult indicators, Map<String, String> basketLabels) {
        return new AlertInput(indicators, basketLabels, DetectionSettings.defaults());
    }
}
