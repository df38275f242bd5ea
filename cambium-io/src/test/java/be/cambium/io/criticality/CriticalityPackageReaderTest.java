package be.cambium.io.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import be.cambium.criticality.CriticalityCalculator;
import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.Scope;
import be.cambium.criticality.StageResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriticalityPackageReaderTest {

    @TempDir
    Path dir;

    static String fields(String... nameType) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nameType.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameType[i]).append("\",\"type\":\"").append(nameType[i + 1]).append("\"}");
        }
        return "{\"fields\":[" + sb + "]}";
    }

    void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    void pkg() throws IOException {
        String[] se = {"va_se", "number", "pv_se", "number", "ge_se", "number", "rq_se", "number", "rl_se", "number", "cc_se", "number"};
        String wgiFields = fields(java.util.stream.Stream.concat(java.util.stream.Stream.of("country", "string", "year", "integer",
                "va", "number", "pv", "number", "ge", "number", "rq", "number", "rl", "number", "cc", "number"),
                java.util.Arrays.stream(se)).toArray(String[]::new));
        write("datapackage.json", "{\"name\":\"t\",\"resources\":["
                + "{\"name\":\"material_stage\",\"path\":\"material_stage.csv\",\"schema\":" + fields("material", "string", "stage", "string",
                "ir", "number", "eol_rir", "number", "si_sr", "number", "supply_mode", "string", "scope", "string") + "},"
                + "{\"name\":\"supply_shares\",\"path\":\"supply_shares.csv\",\"schema\":" + fields("material", "string", "stage", "string",
                "scope", "string", "country", "string", "share", "number", "t", "number", "censored", "boolean") + "},"
                + "{\"name\":\"wgi\",\"path\":\"wgi.csv\",\"schema\":" + wgiFields + "},"
                + "{\"name\":\"substitutes\",\"path\":\"substitutes.csv\",\"schema\":" + fields("material", "string", "application", "string",
                "application_share", "number", "substitute", "string", "sub_share", "number", "performance", "string", "cost", "string",
                "substitute_critical", "boolean", "substitute_high_production", "boolean", "substitute_by_product", "boolean") + "}]}");
        write("material_stage.csv", "material,stage,ir,eol_rir,si_sr,supply_mode,scope\n"
                + "Co,P,0.8,0.1,,GS+EU,EU\n"
                + "Co,P,0.3,0.1,,GS+EU,BE\n");
        write("supply_shares.csv", "material,stage,scope,country,share,t,censored\n"
                + "Co,P,GS,CN,0.6,1.0,false\n"
                + "Co,P,GS,EL,0.4,,false\n"
                + "Co,P,EU,FI,1.0,0.8,false\n"
                + "Co,P,BE,CN,0.999,,false\n"
                + "Co,P,BE,FI,,,true\n");
        write("wgi.csv", "country,year,va,pv,ge,rq,rl,cc,va_se,pv_se,ge_se,rq_se,rl_se,cc_se\n"
                + "CN,2020,-1.5,-0.5,0.5,-0.3,-0.1,0.0,0.1,0.2,0.2,0.2,0.2,0.2\n"
                + "EL,2020,1,0.1,0.4,0.6,0.3,0.1,0.1,0.2,0.2,0.2,0.2,0.2\n"
                + "FI,2020,1.5,1.0,2.0,1.8,2.0,2.2,0.1,0.2,0.2,0.2,0.2,0.2\n");
        write("substitutes.csv", "material,application,application_share,substitute,sub_share,performance,cost,substitute_critical,"
                + "substitute_high_production,substitute_by_product\n"
                + "Co,batteries,0.5,Ni,0.4,similar,similar_or_lower,false,true,false\n");
    }

    @Test
    void readsEveryResourceAndRunsBothScopes() throws IOException {
        pkg();
        CriticalityPackage p = new CriticalityPackageReader().read(dir, CriticalityOptions.defaults());
        assertThat(p.report().errors()).isEmpty();
        CriticalityInput in = p.input();
        assertThat(in).isNotNull();
        assertThat(in.wgi()).hasSize(3).allSatisfy(w -> assertThat(w.hasStdErrors()).isTrue());
        assertThat(in.euMembers()).contains("EL", "FI").doesNotContain("CN");
        CriticalityResult eu = CriticalityCalculator.compute(in);
        StageResult s = eu.stages().get(0);
        double cn = 5 - 2 * (-1.9 / 6);
        double el = 5 - 2 * (2.5 / 6);
        assertThat(s.hhiGs()).isCloseTo(0.36 * cn + 0.16 * el * 0.8, offset(1e-12)); // EL without t: EU member, 0.8
        assertThat(s.ir()).isEqualTo(0.8);
        // SI_SR computed from the substitutes table: 0.5 x (cbrt(0.8 x 0.8 x 0.8) x 0.4 + 0.6) + 0.5
        assertThat(s.siSr()).isCloseTo(0.5 * (0.8 * 0.4 + 0.6) + 0.5, offset(1e-12));
        CriticalityResult be = CriticalityCalculator.compute(in.withOptions(in.options().withScope(Scope.BE)));
        StageResult b = be.stages().get(0);
        assertThat(b.ir()).isEqualTo(0.3);
        double fi = 5 - 2 * (10.5 / 6);
        assertThat(b.hhiSourcing()).isCloseTo(0.999 * 0.999 * cn + 0.0005 * 0.0005 * fi * 0.8, offset(1e-12)); // censored FI
        MaterialResult m = be.material("Co").orElseThrow();
        assertThat(m.sr()).isGreaterThan(0);
    }

    @Test
    void unknownCountryAndBadStageAreLocated() throws IOException {
        pkg();
        write("supply_shares.csv", "material,stage,scope,country,share,t,censored\nCo,P,GS,XX,0.6,1.0,false\nCo,Q,GS,CN,0.4,1.0,false\n");
        CriticalityPackage p = new CriticalityPackageReader().read(dir, CriticalityOptions.defaults());
        assertThat(p.report().errors()).extracting(i -> i.location().toString())
                .containsExactly(dir.resolve("supply_shares.csv") + ":2 column=country", dir.resolve("supply_shares.csv") + ":3 column=stage");
    }

    @Test
    void missingMaterialStageIsAnError() throws IOException {
        pkg();
        Files.writeString(dir.resolve("datapackage.json"), "{\"name\":\"t\",\"resources\":[{\"name\":\"wgi\",\"path\":\"wgi.csv\",\"schema\":"
                + fields("country", "string", "year", "integer", "wgi_scaled", "number") + "}]}");
        write("wgi.csv", "country,year,wgi_scaled\nBE,2020,2.0\n");
        CriticalityPackage p = new CriticalityPackageReader().read(dir, CriticalityOptions.defaults());
        assertThat(p.input()).isNull();
        assertThat(p.report().withCode(CriticalityPackageReader.MISSING_RESOURCE)).hasSize(1);
    }

    /** The Monte Carlo range columns of material_stage: carried into the records; bad ones are located issues. */
    @Test
    void hhiAndIrRangesAreReadAndCheckedWithTheirLocation() throws IOException {
        write("datapackage.json", "{\"name\":\"t\",\"resources\":[{\"name\":\"material_stage\",\"path\":\"material_stage.csv\",\"schema\":"
                + fields("material", "string", "stage", "string", "ir", "number", "eol_rir", "number", "si_sr", "number",
                "supply_mode", "string", "hhi_gs", "number", "hhi_sourcing", "number", "hhi_gs_min", "number", "hhi_gs_max", "number",
                "hhi_sourcing_min", "number", "hhi_sourcing_max", "number", "ir_min", "number", "ir_max", "number") + "}]}");
        write("material_stage.csv", "material,stage,ir,eol_rir,si_sr,supply_mode,hhi_gs,hhi_sourcing,hhi_gs_min,hhi_gs_max,"
                + "hhi_sourcing_min,hhi_sourcing_max,ir_min,ir_max\n"
                + "A,E,0.5,0.1,0.9,GS+EU,2.0,1.0,1.95,2.05,0.95,1.05,0.495,0.505\n"  // valid
                + "B,E,0.5,0.1,0.9,GS+EU,2.0,1.0,,,,,0.4,1.2\n"                     // IR range beyond 1
                + "C,E,0.5,0.1,0.9,GS+EU,2.0,1.0,2.1,1.9,,,,\n"                     // min > max
                + "D,E,0.5,0.1,0.9,GS+EU,2.0,1.0,,,1.1,1.2,,\n"                     // value 1.0 outside its range
                + "E,E,0.5,0.1,0.9,GS+EU,2.0,1.0,,,,,abc,0.6\n");                   // not a number
        CriticalityPackage p = new CriticalityPackageReader().read(dir, CriticalityOptions.defaults());
        String file = dir.resolve("material_stage.csv").toString();
        assertThat(p.report().errors()).isNotEmpty().allSatisfy(i -> assertThat(i.location().toString()).startsWith(file + ":6"));
        CriticalityInput in = p.input();
        assertThat(in).isNotNull();
        be.cambium.criticality.MaterialStage a = in.stages().get(0);
        assertThat(new double[] {a.hhiGsMin(), a.hhiGsMax(), a.hhiSourcingMin(), a.hhiSourcingMax(), a.irMin(), a.irMax()})
                .containsExactly(1.95, 2.05, 0.95, 1.05, 0.495, 0.505);
        CriticalityResult res = CriticalityCalculator.compute(in);
        assertThat(res.report().withCode("RANGE_INVALID")).extracting(i -> i.location().toString())
                .containsExactly(file + ":3", file + ":4", file + ":5", file + ":6"); // row 6: half a range is left
        assertThat(res.report().withCode("RANGE_INVALID").get(0).message()).contains("ir range [0.4, 1.2]");
    }

    /** si_ei.ei_published with its source id: read into the record; an id the package does not declare is located. */
    @Test
    void publishedEiAndItsSourceAreReadAndTheSourceChecked() throws IOException {
        write("datapackage.json", "{\"name\":\"t\",\"sources\":[{\"id\":\"annex4\",\"title\":\"Annex 4\"},"
                + "{\"id\":\"critmat\",\"title\":\"CritMAT\"}],\"resources\":["
                + "{\"name\":\"material_stage\",\"path\":\"material_stage.csv\",\"schema\":" + fields("material", "string",
                "stage", "string", "ir", "number", "eol_rir", "number", "si_sr", "number", "supply_mode", "string") + "},"
                + "{\"name\":\"si_ei\",\"path\":\"si_ei.csv\",\"schema\":" + fields("material", "string", "si_ei", "number",
                "ei_published", "number", "ei_published_source", "string", "source", "string") + "}]}");
        write("material_stage.csv", "material,stage,ir,eol_rir,si_sr,supply_mode\nGe,P,0.3,0.02,0.94,GS+EU\nNb,E,1,0,0.9,GS\n");
        write("si_ei.csv", "material,si_ei,ei_published,ei_published_source,source\n"
                + "Ge,0.92,3.6,annex4,critmat\n"
                + "Nb,0.93,6.5,annex5,critmat\n");
        CriticalityPackage p = new CriticalityPackageReader().read(dir, CriticalityOptions.defaults());
        assertThat(p.report().errors()).singleElement().satisfies(i -> {
            assertThat(i.location().toString()).isEqualTo(dir.resolve("si_ei.csv") + ":3 column=ei_published_source");
            assertThat(i.message()).contains("'annex5'").contains("annex4");
        });
        assertThat(p.input()).isNotNull();
        assertThat(p.input().siEi()).extracting(be.cambium.criticality.SubstitutionIndex::eiPublished).containsExactly(3.6, 6.5);
    }
}
