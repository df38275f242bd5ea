package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private final Countries countries = Classifications.standard().countries();

    @Test
    void eurostatSpellings() {
        assertThat(countries.get("EL").name()).isEqualTo("Greece");
        assertThat(countries.get("UK").name()).isEqualTo("United Kingdom");
        assertThat(countries.get("XK").name()).isEqualTo("Kosovo");
        assertThat(countries.find("GR")).isEmpty();
        assertThat(countries.find("GB")).isEmpty();
        assertThat(countries.get("BE").iso3()).isEqualTo("BEL");
    }

    @Test
    void isoConversions() {
        assertThat(countries.toIso2("EL")).contains("GR");
        assertThat(countries.toIso2("UK")).contains("GB");
        assertThat(countries.toIso2("XK")).isEmpty();
        assertThat(countries.fromIso2("GR")).contains("EL");
        assertThat(countries.fromIso2("GB")).contains("UK");
        assertThat(countries.fromIso2("BE")).contains("BE");
        assertThat(countries.toIso3("EL")).isEqualTo("GRC");
        assertThat(countries.toIso3("UK")).isEqualTo("GBR");
        assertThat(countries.fromIso3("GRC")).contains("EL");
        assertThat(countries.fromIso3("XKX")).contains("XK");
        assertThat(countries.fromIso3("ZZZ")).isEmpty();
    }

    @Test
    void everyIsoCountryOfTheJdkIsPresentWithTheSameAlpha3() {
        Set<String> jdk = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        for (String iso2 : jdk) {
            String code = countries.fromIso2(iso2).orElseThrow(() -> new AssertionError("missing ISO country " + iso2));
            assertThat(countries.toIso3(code)).describedAs(iso2).isEqualTo(new Locale("", iso2).getISO3Country());
        }
        assertThat(countries.size()).isEqualTo(jdk.size() + 1); // + Kosovo
    }

    @Test
    void euMembershipOfTheUnitedKingdomEndsOn31January2020() {
        assertThat(countries.isEuMember("UK", LocalDate.of(2020, 1, 31))).isTrue();
        assertThat(countries.isEuMember("UK", LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(countries.isEuMember("UK", LocalDate.of(1972, 12, 31))).isFalse();
        assertThat(countries.isEuMember("UK", LocalDate.of(1973, 1, 1))).isTrue();
        assertThat(countries.euMembers(LocalDate.of(2020, 1, 31))).hasSize(28).contains("UK");
        assertThat(countries.euMembers(LocalDate.of(2020, 2, 1))).hasSize(27).doesNotContain("UK");
    }

    @Test
    void croatiaJoinedOn1July2013() {
        assertThat(countries.isEuMember("HR", LocalDate.of(2013, 6, 30))).isFalse();
        assertThat(countries.isEuMember("HR", LocalDate.of(2013, 7, 1))).isTrue();
    }

    @Test
    void enlargementsGiveTheKnownMemberCounts() {
        assertThat(countries.euMembers(LocalDate.of(1957, 12, 31))).isEmpty();
        assertThat(countries.euMembers(LocalDate.of(1958, 1, 1))).containsExactly("BE", "DE", "FR", "IT", "LU", "NL");
        assertThat(countries.euMembers(LocalDate.of(1973, 1, 1))).hasSize(9);
        assertThat(countries.euMembers(LocalDate.of(1981, 1, 1))).hasSize(10).contains("EL");
        assertThat(countries.euMembers(LocalDate.of(1986, 1, 1))).hasSize(12);
        assertThat(countries.euMembers(LocalDate.of(1995, 1, 1))).hasSize(15)
                .isEqualTo(Set.copyOf(countries.aggregate("EU15").orElseThrow().members()));
        assertThat(countries.euMembers(LocalDate.of(2004, 4, 30))).hasSize(15);
        assertThat(countries.euMembers(LocalDate.of(2004, 5, 1))).hasSize(25)
                .isEqualTo(Set.copyOf(countries.aggregate("EU25").orElseThrow().members()));
        assertThat(countries.euMembers(LocalDate.of(2007, 1, 1))).hasSize(27)
                .isEqualTo(Set.copyOf(countries.aggregate("EU27_2007").orElseThrow().members()));
        assertThat(countries.euMembers(LocalDate.of(2019, 6, 30)))
                .isEqualTo(Set.copyOf(countries.aggregate("EU28").orElseThrow().members()));
        assertThat(countries.euMembers(LocalDate.of(2024, 1, 1))).isEqualTo(countries.eu27_2020());
    }

    @Test
    void eu27_2020() {
        assertThat(countries.eu27_2020()).hasSize(27).contains("BE", "EL", "HR").doesNotContain("UK", "GR");
    }

    @Test
    void aggregatesAreFlaggedAndNeverMembers() {
        for (String a : new String[] {"EU27_2020", "EU28", "EA19", "EA20", "EXT_EU27_2020", "INT_EU27_2020"}) {
            assertThat(countries.isAggregate(a)).describedAs(a).isTrue();
            assertThat(countries.isEuMember(a, LocalDate.of(2021, 1, 1))).describedAs(a).isFalse();
        }
        assertThat(countries.isAggregate("BE")).isFalse();
        assertThat(countries.aggregate("EA20").orElseThrow().members()).hasSize(20).contains("HR");
        assertThat(countries.aggregate("EA19").orElseThrow().members()).hasSize(19).doesNotContain("HR");
        assertThat(countries.eu27_2020()).containsAll(countries.aggregate("EA20").orElseThrow().members());
        assertThat(countries.aggregate("EXT_EU27_2020").orElseThrow().hasFixedMembers()).isFalse();
    }

    @Test
    void unknownOrAggregateCodesInDataAreIssues() {
        ValidationReport.Builder report = ValidationReport.builder();
        Location at = Location.cell("geo", "GR", "time", "2020");
        assertThat(countries.resolveCountry("GR", at, report)).isEmpty();
        assertThat(countries.resolveCountry("DEU", at, report)).isEmpty();
        assertThat(countries.resolveCountry("EU27_2020", at, report)).isEmpty();
        assertThat(countries.resolveCountry("BE", at, report)).isPresent();
        assertThat(countries.resolveGeo("EU27_2020", at, report)).isTrue();
        assertThat(countries.resolveGeo("QQ", at, report)).isFalse();
        ValidationReport r = report.build();
        assertThat(r.withCode(Countries.UNKNOWN_GEO)).hasSize(3);
        assertThat(r.withCode(Countries.GEO_IS_AGGREGATE)).hasSize(1);
        assertThat(r.issues().get(0).message()).contains("Eurostat writes EL");
        assertThat(r.issues().get(1).message()).contains("alpha-3").contains("DE");
    }

    @Test
    void unknownCodeFromAProgrammerThrows() {
        assertThatThrownBy(() -> countries.isEuMember("GR", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Eurostat writes EL");
    }

    /** The World Bank's WGI (alpha-3 codes) maps onto our countries; only the withdrawn ISO code ANT does not. */
    @Test
    void wgiAlpha3CodesMap() throws IOException {
        String dir = System.getProperty("cambium.sharedData");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "wgi", "WGIData.csv")),
                "shared fixture wgi/WGIData.csv not available (set -Dcambium.sharedData)");
        Set<String> codes = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(dir, "wgi", "WGIData.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\",\"");
            if (f.length > 1 && f[1].matches("[A-Z]{3}")) {
                codes.add(f[1]);
            }
        }
        assertThat(codes).hasSize(214);
        Set<String> unmapped = new TreeSet<>();
        for (String c : codes) {
            if (countries.fromIso3(c).isEmpty()) {
                unmapped.add(c);
            }
        }
        assertThat(unmapped).containsExactly("ANT");
        assertThat(countries.fromIso3("BEL")).contains("BE");
    }
}
