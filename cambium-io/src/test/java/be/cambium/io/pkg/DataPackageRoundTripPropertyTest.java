package be.cambium.io.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Whatever strings and numbers a table holds, writing and reading the package gives the same table. */
class DataPackageRoundTripPropertyTest {

    private Path tmp;

    @BeforeProperty
    void makeTemp() throws IOException {
        tmp = Files.createTempDirectory("cambium-pkg-prop");
    }

    @AfterProperty
    void removeTemp() throws IOException {
        try (var walk = Files.walk(tmp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<String> cells() {
        // commas, quotes and all three line ends are the CSV-hostile characters; the empty string means missing
        return Arbitraries.strings().withChars("ab ,\"\r\n;é€\t").ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4)
                .map(BigDecimal::stripTrailingZeros);
    }

    @Property(tries = 60)
    void writeThenReadIsTheIdentity(@ForAll @Size(max = 8) List<@From("cells") String> labels,
                                    @ForAll @Size(max = 8) List<@From("numbers") BigDecimal> values) {
        int n = Math.min(labels.size(), values.size());
        Schema schema = Schema.of(List.of(Field.of("row", FieldType.INTEGER), Field.of("label", FieldType.STRING),
                Field.of("value", FieldType.NUMBER)));
        Table.Builder b = Table.builder("t", schema.fieldNames(), List.of(FieldType.INTEGER, FieldType.STRING, FieldType.NUMBER));
        for (int i = 0; i < n; i++) {
            b.addRow(Arrays.asList((long) i, labels.get(i), values.get(i)));
        }
        Table t = b.build();
        PackageDescriptor d = new PackageDescriptor("p", "", "", "", List.of(), List.of(),
                List.of(new ResourceDescriptor("t", "t.csv", "", schema)));
        Path out = tmp.resolve("p" + System.nanoTime());

        try {
            new DataPackageWriter().write(new DataPackage(d, List.of(t)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult r = new DataPackageReader().read(out);

        assertThat(r.report().issues()).isEmpty();
        List<List<Object>> rows = new ArrayList<>();
        Table back = r.dataPackage().table("t").orElseThrow();
        for (int i = 0; i < back.rowCount(); i++) {
            rows.add(new ArrayList<>(back.row(i)));
        }
        assertThat(back).isEqualTo(t);
        assertThat(rows).hasSize(n);
    }
}
