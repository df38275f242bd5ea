package be.cambium.trade;

import java.util.List;

/** The indicator codes fixed by issue 7, and their units. */
public final class IndicatorCodes {
    public static final String VALUE_EUR = "value_eur";
    public static final String MASS_KG = "mass_kg";
    public static final String UNIT_VALUE = "unit_value";
    public static final String HHI = "hhi";
    public static final String HHI_EXTRA_EU = "hhi_extra_eu";
    public static final String HHI_NORM = "hhi_norm";
    public static final String TOP1_SHARE = "top1_share";
    public static final String TOP3_SHARE = "top3_share";
    public static final String HHI_WGI = "hhi_wgi";
    public static final String HIGH_RISK_SHARE = "high_risk_share";
    public static final String IMPORT_EXPORT_RATIO = "import_export_ratio";
    public static final String EXTRA_EU_RELIANCE = "extra_eu_reliance";
    public static final String JS_DIVERGENCE = "js_divergence";
    public static final String NEW_PARTNERS = "new_partners";
    /** Suffix of rolling 12-month indicators. */
    public static final String ROLLING = "_12m";

    public static final List<String> ALL = List.of(VALUE_EUR, MASS_KG, UNIT_VALUE, HHI, HHI_EXTRA_EU, HHI_NORM,
            TOP1_SHARE, TOP3_SHARE, HHI_WGI, HIGH_RISK_SHARE, IMPORT_EXPORT_RATIO, EXTRA_EU_RELIANCE,
            JS_DIVERGENCE, NEW_PARTNERS);

    private IndicatorCodes() {
    }

    /** Unit of an indicator code (with or without the rolling suffix), in {@code be.cambium.unit.Unit} syntax. */
    public static String unit(String code) {
        String base = code.endsWith(ROLLING) ? code.substring(0, code.length() - ROLLING.length()) : code;
        return switch (base) {
            case VALUE_EUR -> "EUR_CURRENT";
            case MASS_KG -> "kg";
            case UNIT_VALUE -> "EUR_CURRENT/kg";
            case NEW_PARTNERS -> "count";
            case HHI_WGI -> "1";
            default -> {
                if (!ALL.contains(base)) {
                    throw new IllegalArgumentException("unknown indicator code " + code);
                }
                yield "1";
            }
        };
    }
}
