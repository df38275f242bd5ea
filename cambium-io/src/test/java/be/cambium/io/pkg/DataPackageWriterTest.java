package be.cambium.io.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.provenance.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writtenFixtureReadsBackIdentically() throws IOException {
        ReadResult original = new DataPackageReader().read(DataPackageReaderTest.fixture("valid"));
        Path out = tmp.resolve("copy");

        new DataPackageWriter().write(original.dataPackage(), out);
        ReadResult again = new DataPackageReader().read(out);

        assertThat(again.report().issues()).isEmpty();
        assertThat(again.dataPackage()).isEqualTo(original.dataPackage());
        assertThat(again.dataPackage().table("flows").orElseThrow().source(1))
                .isEqualTo(original.dataPackage().table("flows").orElseThrow().source(1));
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out); // no temporary folder left behind
        }
    }

    @Test
    void builtPackageWithAwkwardValuesRoundTrips() throws IOException {
        Schema schema = Schema.of(List.of(
                        Field.of("id", FieldType.INTEGER).withConstraints(Constraints.none().withRequired(true).withRange(BigDecimal.ZERO, null)),
                        Field.of("label", FieldType.STRING).withDescription("free text"),
                        Field.of("value", FieldType.NUMBER),
                        Field.of("flag", FieldType.BOOLEAN),
                        Field.of("day", FieldType.DATE),
                        Field.of("year", FieldType.YEAR).withConstraints(Constraints.none().withEnum(List.of("2020", "2021"))),
                        Field.of("source", FieldType.STRING)))
                .withPrimaryKey(List.of("id"));
        Table t = Table.builder("things", schema.fieldNames(), schema.fields().stream().map(Field::type).toList())
                .addRow(Arrays.asList(1L, "a, \"b\"\r\nc", new BigDecimal("1.50"), true, LocalDate.of(2024, 2, 29), 2020, "s1"))
                .addRow(Arrays.asList(2L, null, new BigDecimal("-1.2E-7"), null, null, null, "s1"))
                .build();
        Source s1 = Source.of("s1", "A source", "https://example.org/s1", "v1").withRetrieved(LocalDate.of(2026, 1, 2));
        PackageDescriptor d = new PackageDescriptor("built", "Built", "", "", List.of(new License("CC0-1.0", "", "")),
                List.of(s1), List.of(new ResourceDescriptor("things", "sub/things.csv", "", schema)));

        Path out = tmp.resolve("built");
        new DataPackageWriter().write(new DataPackage(d, List.of(t)), out);
        ReadResult r = new DataPackageReader().read(out);

        assertThat(r.report().issues()).isEmpty();
        assertThat(r.dataPackage().descriptor()).isEqualTo(d);
        Table back = r.dataPackage().table("things").orElseThrow();
        assertThat(back.row(0)).isEqualTo(t.row(0));
        assertThat(back.row(1)).isEqualTo(t.row(1));
        assertThat(back.source(0)).contains(s1);
        assertThat(back.line(1)).isEqualTo(4); // row 1 spans two lines
    }

    @Test
    void refusesToOverwrite() throws IOException {
        ReadResult original = new DataPackageReader().read(DataPackageReaderTest.fixture("valid"));
        Files.createDirectories(tmp.resolve("exists"));

        assertThatThrownBy(() -> new DataPackageWriter().write(original.dataPackage(), tmp.resolve("exists")))
                .isInstanceOf(IOException.class).hasMessageContaining("already exists");
    }

    @Test
    void refusesATableThatDoesNotMatchItsSchema() {
        Schema schema = Schema.of(List.of(Field.of("a", FieldType.STRING)));
        Table wrong = Table.builder("r", List.of("b"), List.of(FieldType.STRING)).build();
        PackageDescriptor d = new PackageDescriptor("p", "", "", "", List.of(), List.of(),
                List.of(new ResourceDescriptor("r", "r.csv", "", schema)));

        assertThatThrownBy(() -> new DataPackageWriter().write(new DataPackage(d, List.of(wrong)), tmp.resolve("p")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[b]").hasMessageContaining("[a]");
        assertThat(tmp.resolve("p")).doesNotExist();
    }
}
