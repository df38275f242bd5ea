package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionsAndNaceTest {

    private final Regions regions = Classifications.standard().regions();
    private final Nace nace = Classifications.standard().nace();

    @Test
    void belgianRegions() {
        assertThat(regions.belgianRegions()).extracting(Region::code).containsExactly("BE1", "BE2", "BE3");
        assertThat(regions.get(Regions.BRUSSELS).name()).startsWith("Brussels-Capital Region");
        assertThat(regions.get(Regions.FLANDERS).name()).startsWith("Flemish Region");
        assertThat(regions.get(Regions.WALLONIA).name()).startsWith("Walloon Region");
        assertThat(regions.get("BE").nutsLevel()).isZero();
        assertThat(regions.get("BE2").parent()).isEqualTo("BE");
        ValidationReport.Builder r = ValidationReport.builder();
        assertThat(regions.resolve("BE4", Location.line("regions.csv", 4), r)).isEmpty();
        assertThat(r.build().withCode(Regions.UNKNOWN_REGION)).hasSize(1);
    }

    @Test
    void naceHas21SectionsAnd88Divisions() {
        assertThat(nace.sections()).hasSize(21);
        assertThat(nace.sections().get(0).code()).isEqualTo("A");
        assertThat(nace.sections().get(20).code()).isEqualTo("U");
        assertThat(nace.divisions()).hasSize(88);
        // divisions per section, Regulation (EC) No 1893/2006 Annex I
        String counts = nace.sections().stream().map(s -> s.code() + nace.divisionsOf(s.code()).size())
                .collect(Collectors.joining(" "));
        assertThat(counts).isEqualTo("A3 B5 C24 D1 E4 F3 G3 H5 I2 J6 K3 L1 M7 N6 O1 P1 Q3 R4 S3 T2 U1");
        assertThat(nace.division("04")).isEmpty();
        assertThat(nace.division("34")).isEmpty();
    }

    @Test
    void divisionsKnowTheirSection() {
        assertThat(nace.sectionOf("24").label()).isEqualTo("Manufacturing");
        assertThat(nace.getDivision("C24").label()).isEqualTo("Manufacture of basic metals");
        assertThat(nace.getDivision("07").eurostatCode()).isEqualTo("B07");
        assertThat(nace.sectionOf("38").code()).isEqualTo("E");
        assertThat(nace.division("A24")).isEmpty();
        assertThatThrownBy(() -> nace.getDivision("00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownNaceCodesAreIssues() {
        ValidationReport.Builder r = ValidationReport.builder();
        assertThat(nace.resolveDivision("A24", Location.at("sbs.csv", 3, 2), r)).isEmpty();
        assertThat(nace.resolveDivision("40", Location.at("sbs.csv", 4, 2), r)).isEmpty();
        assertThat(nace.resolveSection("Z", Location.at("sbs.csv", 5, 2), r)).isEmpty();
        assertThat(nace.resolveDivision("C24", Location.none(), r)).isPresent();
        ValidationReport rep = r.build();
        assertThat(rep.withCode(Nace.UNKNOWN_NACE)).hasSize(3);
        assertThat(rep.issues().get(0).message()).contains("written C24");
    }
}
