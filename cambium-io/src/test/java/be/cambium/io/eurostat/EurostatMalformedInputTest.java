package be.cambium.io.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Issue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every kind of malformed input is reported with its code and file:line:column; nothing is invented. */
class EurostatMalformedInputTest {

    private static final String TSV_HEAD = "freq,material,indic_env,unit,geo\\TIME_PERIOD\t2020 \t2021 \n";
    private static final String CSV_HEAD = "DATAFLOW,LAST UPDATE,freq,material,indic_env,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
    private static final String CSV_ROW = "ESTAT:ENV_AC_MFA(1.0),26/10/22 23:00:00,A,";

    static EurostatReadResult tsv(String text) throws IOException {
        return new EurostatTsvReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.tsv");
    }

    static EurostatReadResult csv(String text) throws IOException {
        return new SdmxCsvReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.csv");
    }

    static EurostatReadResult json(String text) throws IOException {
        return new JsonStatReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.json");
    }

    static Issue only(EurostatReadResult r, String code) {
        assertThat(r.report().issues()).extracting(Issue::code).containsExactly(code);
        return r.report().issues().get(0);
    }

    @Test
    void tsvBadFlagKeepsTheValueAndReportsTheCell() throws IOException {
        EurostatReadResult r = tsv(TSV_HEAD + "A,MF1,DMC,THS_T,BE\t100.5 x\t101.0 \n");
        Issue i = only(r, "EUROSTAT_FLAG");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:2:2");
        assertThat(i.message()).contains("'x'");
        EurostatDataset d = r.requireDataset();
        assertThat(d.value("A", "MF1", "DMC", "THS_T", "BE", "2020")).isEqualTo(100.5);
        assertThat(d.flags(d.cell("A", "MF1", "DMC", "THS_T", "BE", "2020"))).isEmpty();
    }

    @Test
    void tsvWrongColumnCountSkipsTheRow() throws IOException {
        EurostatReadResult r = tsv(TSV_HEAD + "A,MF1,DMC,THS_T,BE\t100.5 \n" + "A,MF4,DMC,THS_T,BE\t1 \t2 \n");
        Issue i = only(r, "EUROSTAT_COLUMNS");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:2");
        assertThat(r.requireDataset().items("material")).containsExactly("MF4");
    }

    @Test
    void tsvNonNumericValueIsMissingNotZero() throws IOException {
        EurostatReadResult r = tsv(TSV_HEAD + "A,MF1,DMC,THS_T,BE\t1,5 \t2 \n");
        Issue i = only(r, "EUROSTAT_VALUE");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:2:2");
        assertThat(r.requireDataset().value("A", "MF1", "DMC", "THS_T", "BE", "2020")).isNaN();
    }

    @Test
    void tsvDuplicateKeyKeepsTheFirstAndNamesBothPlaces() throws IOException {
        EurostatReadResult r = tsv(TSV_HEAD + "A,MF1,DMC,THS_T,BE\t1 \t2 \n" + "A,MF1,DMC,THS_T,BE\t3 \t4 \n");
        assertThat(r.report().issues()).extracting(Issue::code).containsExactly("EUROSTAT_DUPLICATE", "EUROSTAT_DUPLICATE");
        Issue i = r.report().issues().get(0);
        assertThat(i.location().toString()).isEqualTo("bad.tsv:3:2");
        assertThat(i.message()).contains("bad.tsv:2:2").contains("material=MF1");
        assertThat(r.requireDataset().value("A", "MF1", "DMC", "THS_T", "BE", "2020")).isEqualTo(1.0);
    }

    @Test
    void tsvUnknownDimensionIsReportedAtTheHeader() throws IOException {
        EurostatReadResult r = new EurostatTsvReader(Set.of("freq", "material", "indic_env", "unit", "geo"))
                .read(new ByteArrayInputStream(("freq,material,indic_env,unit,nace_r2\\TIME_PERIOD\t2020 \n"
                        + "A,MF1,DMC,THS_T,C\t1 \n").getBytes(StandardCharsets.UTF_8)), "bad.tsv");
        Issue i = only(r, "EUROSTAT_UNKNOWN_DIMENSION");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:1:1");
        assertThat(i.message()).contains("nace_r2");
        assertThat(r.dataset()).isNull();
    }

    @Test
    void tsvKeyWithTheWrongNumberOfPartsIsReported() throws IOException {
        Issue i = only(tsv(TSV_HEAD + "A,MF1,DMC,BE\t1 \t2 \n"), "EUROSTAT_KEY");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:2:1");
    }

    @Test
    void tsvWithoutHeaderIsRejected() throws IOException {
        EurostatReadResult r = tsv("material\t2020\nMF1\t1\n");
        only(r, "EUROSTAT_HEADER");
        assertThat(r.dataset()).isNull();
    }

    @Test
    void tsvValueGluedToItsFlagIsAnError() throws IOException {
        Issue i = only(tsv(TSV_HEAD + "A,MF1,DMC,THS_T,BE\t100p\t2 \n"), "EUROSTAT_VALUE");
        assertThat(i.location().toString()).isEqualTo("bad.tsv:2:2");
    }

    @Test
    void truncatedGzipIsAnIssueNotACrash() throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write((TSV_HEAD + "A,MF1,DMC,THS_T,BE\t1 \t2 \n".repeat(50)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bo.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        EurostatReadResult r = new EurostatTsvReader().read(new ByteArrayInputStream(cut), "cut.tsv.gz");
        only(r, "EUROSTAT_IO");
        assertThat(r.dataset()).isNull();
    }

    @Test
    void csvBadFlagNonNumericAndDuplicateAreLocated() throws IOException {
        EurostatReadResult r = csv(CSV_HEAD
                + CSV_ROW + "MF1,DMC,THS_T,BE,2020,100.5,q\n"
                + CSV_ROW + "MF1,DMC,THS_T,BE,2021,abc,\n"
                + CSV_ROW + "MF1,DMC,THS_T,BE,2020,7,\n");
        assertThat(r.report().issues()).extracting(Issue::code).containsExactly("EUROSTAT_FLAG", "EUROSTAT_VALUE", "EUROSTAT_DUPLICATE");
        assertThat(r.report().issues()).extracting(i -> i.location().toString())
                .containsExactly("bad.csv:2:10", "bad.csv:3:9", "bad.csv:4:9");
        EurostatDataset d = r.requireDataset();
        assertThat(d.value("A", "MF1", "DMC", "THS_T", "BE", "2020")).isEqualTo(100.5);
        assertThat(d.value("A", "MF1", "DMC", "THS_T", "BE", "2021")).isNaN();
    }

    @Test
    void csvWrongColumnCount() throws IOException {
        Issue i = only(csv(CSV_HEAD + CSV_ROW + "MF1,DMC,THS_T,BE,2020,100.5\n"), "EUROSTAT_COLUMNS");
        assertThat(i.location().toString()).isEqualTo("bad.csv:2");
    }

    @Test
    void csvUnknownDimension() throws IOException {
        EurostatReadResult r = new SdmxCsvReader(Set.of("freq", "material", "indic_env", "unit", "geo")).read(new ByteArrayInputStream(
                (CSV_HEAD.replace(",geo,", ",partner,") + CSV_ROW + "MF1,DMC,THS_T,BE,2020,1,\n").getBytes(StandardCharsets.UTF_8)), "bad.csv");
        Issue i = only(r, "EUROSTAT_UNKNOWN_DIMENSION");
        assertThat(i.location().toString()).isEqualTo("bad.csv:1");
    }

    @Test
    void csvConfStatusMarksConfidential() throws IOException {
        EurostatReadResult r = csv("DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n"
                + "ESTAT:X(1.0),26/10/22 23:00:00,A,BE,2020,,,C\n");
        assertThat(r.report().issues()).isEmpty();
        EurostatDataset d = r.requireDataset();
        assertThat(d.flags(d.cell("A", "BE", "2020"))).isEqualTo("c");
        assertThat(d.code()).isEqualTo("x");
    }

    @Test
    void sdmxCsv2StructureColumnsAreNotDimensions() throws IOException {
        EurostatReadResult r = csv("STRUCTURE,STRUCTURE_ID,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                + "dataflow,ESTAT:CEI_SRM030(1.0),A,BE,2022,22.2,\n");
        assertThat(r.report().issues()).isEmpty();
        EurostatDataset d = r.requireDataset();
        assertThat(d.code()).isEqualTo("cei_srm030");
        assertThat(d.dimensions()).containsExactly("freq", "geo", "time");
        assertThat(d.decimals(d.cell("A", "BE", "2022"))).isEqualTo(1);
    }

    private static final String JSON_HEAD = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"geo\",\"time\"],\"size\":[1,2],\n"
            + "\"dimension\":{\"geo\":{\"category\":{\"index\":{\"BE\":0}}},\"time\":{\"category\":{\"index\":[\"2020\",\"2021\"]}}},\n";

    @Test
    void jsonBadFlagAndNonNumericValueAreLocatedByLineAndColumn() throws IOException {
        EurostatReadResult r = json(JSON_HEAD + "\"value\":{\"0\":1.5,\"1\":\"x\"},\n\"status\":{\"0\":\"w\"}}");
        assertThat(r.report().issues()).extracting(Issue::code).containsExactlyInAnyOrder("EUROSTAT_FLAG", "EUROSTAT_VALUE");
        for (Issue i : r.report().issues()) {
            assertThat(i.location().line()).isIn(3, 4);
            assertThat(i.location().column()).isPositive();
        }
        Issue value = r.report().withCode("EUROSTAT_VALUE").get(0);
        assertThat(value.location().toString()).isEqualTo("bad.json:3:22");
        assertThat(r.requireDataset().value("BE", "2020")).isEqualTo(1.5);
    }

    @Test
    void jsonUnknownDimensionAndWrongLength() throws IOException {
        EurostatReadResult r = json("{\"id\":[\"geo\",\"unit\",\"time\"],\"size\":[1,1,2],\n"
                + "\"dimension\":{\"geo\":{\"category\":{\"index\":{\"BE\":0}}},\"time\":{\"category\":{\"index\":[\"2020\",\"2021\"]}}},\"value\":[1,2]}");
        Issue i = only(r, "EUROSTAT_UNKNOWN_DIMENSION");
        assertThat(i.location().toString()).isEqualTo("bad.json:1:14");
        EurostatReadResult dense = json(JSON_HEAD + "\"value\":[1,2,3]}");
        only(dense, "EUROSTAT_COLUMNS");
    }

    @Test
    void jsonTruncatedIsAnIssue() throws IOException {
        EurostatReadResult r = json(JSON_HEAD + "\"value\":{\"0\":1.5,");
        Issue i = only(r, "EUROSTAT_JSON");
        assertThat(i.location().line()).isEqualTo(3);
        assertThat(r.dataset()).isNull();
    }
}
