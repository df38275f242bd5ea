package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.junit.jupiter.api.Test;

class ProductCodeTest {

    @Test
    void cn8KnowsItsYearChapterAndHs6() {
        Cn8 li = Cn8.of("85076000", 2024);
        assertThat(li.year()).isEqualTo(2024);
        assertThat(li.chapter()).isEqualTo("85");
        assertThat(li.heading()).isEqualTo("8507");
        assertThat(li.hs6()).isEqualTo(Hs6.of("850760", HsEdition.HS2022));
        assertThat(li.spaced()).isEqualTo("8507 60 00");
        assertThat(li.toString()).isEqualTo("85076000 (CN2024)");
        assertThat(Cn8.of("85076000", 2021).hs6().edition()).isEqualTo(HsEdition.HS2017);
        assertThat(Cn8.of("02012011", 1988).chapter()).isEqualTo("02");
        assertThat(Cn8.of("85076000", 2021)).isNotEqualTo(li).isLessThan(li);
    }

    @Test
    void hsEditions() {
        assertThat(HsEdition.forYear(1988)).isEqualTo(HsEdition.HS1988);
        assertThat(HsEdition.forYear(2006)).isEqualTo(HsEdition.HS2002);
        assertThat(HsEdition.forYear(2007)).isEqualTo(HsEdition.HS2007);
        assertThat(HsEdition.forYear(2030)).isEqualTo(HsEdition.HS2022);
        assertThat(HsEdition.HS2017.comtradeCode()).isEqualTo("H5");
        assertThatThrownBy(() -> HsEdition.forYear(1987)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Hs6.of("280530", 2023).edition()).isEqualTo(HsEdition.HS2022);
    }

    @Test
    void programmerMisuseThrows() {
        assertThatThrownBy(() -> Cn8.of("8507600", 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 digits").hasMessageContaining("leading zero");
        assertThatThrownBy(() -> Cn8.of("8507 60 00", 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cn8.of("8507600A", 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only digits");
        assertThatThrownBy(() -> Cn8.of("00123456", 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chapter 00");
        assertThatThrownBy(() -> Cn8.of("85076000", 1987)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hs6.of("85076", HsEdition.HS2022)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataIsParsedLeniently() {
        assertThat(Cn8.tryParse("8507 60 00", 2022)).contains(Cn8.of("85076000", 2022));
        assertThat(Cn8.tryParse(" 85076000 ", 2022)).isPresent();
        assertThat(Cn8.tryParse("8507.60.00", 2022)).isPresent();
        assertThat(Hs6.tryParse("8507.60", HsEdition.HS2022)).contains(Hs6.of("850760", HsEdition.HS2022));
        assertThat(Cn8.tryParse("TOTAL", 2022)).isEmpty();
        assertThat(Cn8.tryParse("", 2022)).isEmpty();
    }

    @Test
    void badCodesInDataAreIssues() {
        ValidationReport.Builder report = ValidationReport.builder();
        assertThat(Cn8.tryParse("2012011", 2020, Location.at("trade.csv", 7, 1), report)).isEmpty();
        assertThat(Cn8.tryParse("85X76000", 2020, Location.at("trade.csv", 8, 1), report)).isEmpty();
        assertThat(Hs6.tryParse("8507", HsEdition.HS2017, Location.at("trade.csv", 9, 1), report)).isEmpty();
        ValidationReport r = report.build();
        assertThat(r.withCode(Cn8.BAD_CN8)).hasSize(2);
        assertThat(r.withCode(Hs6.BAD_HS6)).hasSize(1);
        assertThat(r.issues().get(0).message()).contains("leading zero");
        assertThat(r.issues().get(0).location().line()).isEqualTo(7);
    }
}
