package be.cambium.io.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.footprint.MaterialBridge;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialBridgeReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsRowsWithDefaults() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "stressor,material,unit,factor\n\"Domestic Extraction Used - Metal Ores - Copper ores\",MF2,t,1000\n"
                + "Domestic Extraction Used - Forestry - Timber,MF1,kt,\n");
        MaterialBridge b = MaterialBridgeReader.read(f);
        assertThat(b.entries()).hasSize(2);
        assertThat(b.entries().get(0).factor()).isEqualTo(1000);
        assertThat(b.entries().get(1).factor()).isEqualTo(1);
        assertThat(b.entries().get(1).extension()).isEqualTo("*");
        assertThat(b.materials()).containsExactly("MF2", "MF1");
        assertThat(b.unitOf("MF1")).isEqualTo("kt");
    }

    @Test
    void badFactorAndMissingColumnAreLocated() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "stressor,material,unit,factor\ncopper,MF2,t,lots\n");
        assertThatThrownBy(() -> MaterialBridgeReader.read(f)).hasMessageContaining("c.csv:2:4").hasMessageContaining("'lots'");
        Files.writeString(f, "stressor,unit\ncopper,t\n");
        assertThatThrownBy(() -> MaterialBridgeReader.read(f)).hasMessageContaining("missing column 'material'");
        assertThatThrownBy(() -> MaterialBridgeReader.read(dir.resolve("none.csv"))).hasMessageContaining("BRIDGE_MISSING_FILE");
    }
}
