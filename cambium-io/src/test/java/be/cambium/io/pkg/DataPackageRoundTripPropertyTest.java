package be.cambium.io.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a table holds (strings full of commas, quotes and all three line ends; numbers of any
 * sign, scale and exponent; missing cells), writing the package and reading it back gives an
 * equal package without issues. Seeded random cases, so a failure names its seed.
 */
class DataPackageRoundTripPropertyTest {

    private static final String HOSTILE = "ab ,\"\r\n;é€\t";

    @TempDir
    Path tmp;

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadIsTheIdentity(long seed) throws IOException {
        Random rnd = new Random(seed);
        Schema schema = Schema.of(List.of(Field.of("row", FieldType.INTEGER), Field.of("label", FieldType.STRING),
                Field.of("value", FieldType.NUMBER), Field.of("flag", FieldType.BOOLEAN), Field.of("day", FieldType.DATE),
                Field.of("year", FieldType.YEAR)));
        Table.Builder b = Table.builder("t", schema.fieldNames(), schema.fields().stream().map(Field::type).toList());
        int rows = rnd.nextInt(9);
        for (int i = 0; i < rows; i++) {
            b.addRow(Arrays.asList((long) i,
                    rnd.nextInt(5) == 0 ? null : text(rnd),
                    rnd.nextInt(5) == 0 ? null : number(rnd),
                    rnd.nextInt(3) == 0 ? null : rnd.nextBoolean(),
                    rnd.nextInt(3) == 0 ? null : LocalDate.ofEpochDay(rnd.nextInt(40_000)),
                    rnd.nextInt(3) == 0 ? null : 1900 + rnd.nextInt(200)));
        }
        Table t = b.build();
        PackageDescriptor d = new PackageDescriptor("p", "", "", "", List.of(), List.of(),
                List.of(new ResourceDescriptor("t", "t.csv", "", schema)));
        DataPackage pkg = new DataPackage(d, List.of(t));

        new DataPackageWriter().write(pkg, tmp.resolve("p"));
        ReadResult r = new DataPackageReader().read(tmp.resolve("p"));

        assertThat(r.report().issues()).as("seed " + seed).isEmpty();
        assertThat(r.dataPackage()).as("seed " + seed).isEqualTo(pkg);
        List<List<Object>> back = new ArrayList<>();
        Table bt = r.dataPackage().table("t").orElseThrow();
        for (int i = 0; i < bt.rowCount(); i++) {
            back.add(bt.row(i));
        }
        assertThat(back).hasSize(rows);
    }

    /** 1 to 12 characters, mostly CSV-hostile ones (never empty: the empty string reads back as missing). */
    private static String text(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(HOSTILE.charAt(rnd.nextInt(HOSTILE.length())));
        }
        return sb.toString();
    }

    private static BigDecimal number(Random rnd) {
        BigDecimal unscaled = BigDecimal.valueOf(rnd.nextLong() % 1_000_000_000_000L);
        return unscaled.scaleByPowerOfTen(rnd.nextInt(21) - 10);
    }
}
