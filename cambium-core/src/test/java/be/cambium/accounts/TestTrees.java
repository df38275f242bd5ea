package be.cambium.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top of the EW-MFA tree (Eurostat env_ac_mfa main categories) for tests, until the classification
 * module's tree is on main: TOTAL → MF1 biomass, MF2 metal ores, MF3 non-metallic minerals, MF4 fossil
 * energy materials, MF5 other products (trade only), MF6 waste for final treatment (trade only).
 */
final class TestTrees {

    private TestTrees() {
    }

    static MaterialHierarchy mainCategories() {
        Map<String, String> p = new LinkedHashMap<>();
        for (String c : List.of("MF1", "MF2", "MF3", "MF4", "MF5", "MF6")) {
            p.put(c, "TOTAL");
        }
        p.put("MF11", "MF1");
        p.put("MF12", "MF1");
        p.put("MF13", "MF1");
        p.put("MF14", "MF1");
        return MaterialHierarchy.of(List.of("TOTAL"), p, Set.of("MF5", "MF6"));
    }
}
