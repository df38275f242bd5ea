package be.cambium.io.criticality;

import be.cambium.classification.Countries;
import be.cambium.classification.Country;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as the EU CRM study tables (and their CSV transcription) print them, mapped to Eurostat
 * GEO codes: the classification's English names, plus the spellings found in the 2023 transcription.
 */
final class CrmCountryNames {

    /** Spellings of the 2023 transcription that differ from the classification's names (typos included as printed). */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("brasilia", "BR"), Map.entry("brasil", "BR"),
            Map.entry("turkyie", "TR"), Map.entry("turkiye", "TR"), Map.entry("turkey", "TR"),
            Map.entry("libanon", "LB"), Map.entry("surinam", "SR"),
            Map.entry("south korea", "KR"), Map.entry("korea, south", "KR"), Map.entry("korea s.", "KR"),
            Map.entry("north korea", "KP"), Map.entry("korea, north", "KP"),
            Map.entry("congo, d.r.", "CD"), Map.entry("drc", "CD"), Map.entry("dr congo", "CD"),
            Map.entry("laos", "LA"), Map.entry("cape verde", "CV"), Map.entry("hongkong", "HK"),
            Map.entry("usa", "US"), Map.entry("uk", "UK"), Map.entry("great britain", "UK"));

    private final Map<String, String> byName = new HashMap<>();

    CrmCountryNames(Countries countries) {
        for (Country c : countries.all()) {
            byName.put(key(c.name()), c.code());
        }
        ALIASES.forEach((k, v) -> byName.put(key(k), v));
    }

    Optional<String> code(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    static String key(String s) {
        String n = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }
}
