package be.cambium.classification;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.provenance.Source;
import org.junit.jupiter.api.Test;

class ClassificationsTest {

    @Test
    void standardIsLoadedOnceAndComplete() {
        Classifications a = Classifications.standard();
        assertThat(Classifications.standard()).isSameAs(a);
        assertThat(a.materials().size()).isEqualTo(72);
        assertThat(a.countries().size()).isEqualTo(250);
        assertThat(a.regions().all()).hasSize(4);
        assertThat(a.nace().divisions()).hasSize(88);
    }

    @Test
    void sourcesNameUrlAndVintage() {
        assertThat(Classifications.sources()).hasSize(4).allSatisfy(s -> {
            assertThat(s.url()).isNotNull();
            assertThat(s.vintage()).isNotBlank();
        });
        assertThat(Classifications.sources()).extracting(Source::datasetCode).contains("env_ac_mfa");
    }

    @Test
    void sourcesFileIsBundled() {
        assertThat(Classifications.class.getResource("SOURCES.md")).isNotNull();
    }
}
