package be.cambium.io.comext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column positions of a Comext bulk file, found by header name. Two layouts are known: the current
 * {@code full_v2} one ({@code REPORTER, PARTNER, TRADE_TYPE, PRODUCT_NC, ..., FLOW, STAT_PROCEDURE,
 * SUPPL_UNIT, PERIOD, VALUE_EUR, VALUE_NAC, QUANTITY_KG, QUANTITY_SUPPL_UNIT}) and the older one
 * ({@code DECLARANT, DECLARANT_ISO, PARTNER, PARTNER_ISO, TRADE_TYPE, PRODUCT_NC, ..., FLOW, STAT_REGIME,
 * SUPP_UNIT, PERIOD, VALUE_IN_EUROS, QUANTITY_IN_KG, SUP_QUANTITY}), where the ISO-2 columns are used
 * because DECLARANT and PARTNER are numeric geonomenclature codes.
 */
public record ComextLayout(String name, int reporter, int partner, int tradeType, int product, int flow,
                           int statProcedure, int period, int valueEur, int quantityKg, int quantitySuppl,
                           int columns) {

    /** Canonical field -> accepted header names, first match wins (ISO columns before numeric ones). */
    private static final Map<String, List<String>> NAMES = Map.of(
            "REPORTER", List.of("REPORTER", "DECLARANT_ISO"),
            "PARTNER", List.of("PARTNER_ISO", "PARTNER"),
            "TRADE_TYPE", List.of("TRADE_TYPE"),
            "PRODUCT_NC", List.of("PRODUCT_NC"),
            "FLOW", List.of("FLOW"),
            "STAT_PROCEDURE", List.of("STAT_PROCEDURE", "STAT_REGIME"),
            "PERIOD", List.of("PERIOD"),
            "VALUE_EUR", List.of("VALUE_EUR", "VALUE_IN_EUROS"),
            "QUANTITY_KG", List.of("QUANTITY_KG", "QUANTITY_IN_KG"),
            "QUANTITY_SUPPL_UNIT", List.of("QUANTITY_SUPPL_UNIT", "SUP_QUANTITY"));

    /** The field separator of a file, from its header line: ';' or tab when the line has one and no comma, else ','. */
    public static char separator(String headerLine) {
        boolean comma = headerLine.indexOf(',') >= 0;
        return headerLine.indexOf(';') >= 0 && !comma ? ';' : headerLine.indexOf('\t') >= 0 && !comma ? '\t' : ',';
    }

    /** The layout for a header line (separator as {@link #separator}), or a message naming what is missing. */
    public static Object detect(String headerLine) {
        char sep = separator(headerLine);
        return detect(List.of(headerLine.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)));
    }

    /** The layout for a header, or a message naming what is missing. */
    public static Object detect(List<String> header) {
        List<String> h = header.stream().map(s -> s.replace("\uFEFF", "").replace("\"", "").trim().toUpperCase(Locale.ROOT)).toList();
        List<String> missing = new ArrayList<>();
        int[] pos = new int[10];
        String[] fields = {"REPORTER", "PARTNER", "TRADE_TYPE", "PRODUCT_NC", "FLOW", "STAT_PROCEDURE", "PERIOD",
                "VALUE_EUR", "QUANTITY_KG", "QUANTITY_SUPPL_UNIT"};
        for (int i = 0; i < fields.length; i++) {
            pos[i] = -1;
            for (String alias : NAMES.get(fields[i])) {
                int p = h.indexOf(alias);
                if (p >= 0) {
                    pos[i] = p;
                    break;
                }
            }
            boolean optional = fields[i].equals("TRADE_TYPE") || fields[i].equals("STAT_PROCEDURE")
                    || fields[i].equals("QUANTITY_SUPPL_UNIT");
            if (pos[i] < 0 && !optional) {
                missing.add(fields[i] + " (" + String.join(" or ", NAMES.get(fields[i])) + ")");
            }
        }
        if (!missing.isEmpty()) {
            return "header is neither the Comext full_v2 layout (REPORTER, PARTNER, ..., VALUE_EUR, QUANTITY_KG) nor the older one "
                    + "(DECLARANT_ISO, PARTNER_ISO, ..., VALUE_IN_EUROS, QUANTITY_IN_KG): missing " + String.join(", ", missing);
        }
        String name = h.contains("VALUE_EUR") ? "full_v2" : "legacy";
        return new ComextLayout(name, pos[0], pos[1], pos[2], pos[3], pos[4], pos[5], pos[6], pos[7], pos[8], pos[9], h.size());
    }
}
