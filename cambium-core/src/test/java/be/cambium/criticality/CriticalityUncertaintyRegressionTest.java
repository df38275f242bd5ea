package be.cambium.criticality;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Inputs without the HHI and IR ranges give, draw for draw, the same Monte Carlo and sensitivity as before those
 * ranges existed: the expected values below were produced by the engine of commit 2a6c242 (before the ranges), and
 * are compared exactly (the SHA-256 is over the records' {@code toString}, which prints every double exactly).
 */
class CriticalityUncertaintyRegressionTest {

    /** The 78 materials of 2017 with the ranges the eu-crm-2017 package had before the HHI/IR ranges (EOL, SI_SR). */
    static List<MaterialStage> crm2017WithEolAndSiRanges() throws IOException {
        List<MaterialStage> out = new ArrayList<>();
        for (Crm2017AllMaterialsReferenceTest.Row r : Crm2017AllMaterialsReferenceTest.rows()) {
            out.add(MaterialStage.of(r.material(), r.stage(), r.ir(), r.eol(), r.siSr(), r.mode()).withHhi(r.hhiGs(), r.hhiEu())
                    .withRanges(dec4(Math.max(0, r.eol() - 0.005)), dec4(Math.min(1, r.eol() + 0.005)),
                            dec4(Math.max(0, r.siSr() - 0.05)), dec4(Math.min(1, r.siSr() + 0.05))));
        }
        return out;
    }

    /** SI_EI (with the package's +/- 0.05 range) and the published EI of the 78 materials. */
    static List<SubstitutionIndex> crm2017SiEi() throws IOException {
        return Crm2017AllMaterialsReferenceTest.rows().stream().map(r -> new SubstitutionIndex(r.material(), r.siEi(),
                Math.max(0, r.siEi() - 0.05), Math.min(1, r.siEi() + 0.05), r.eiPublished(), Location.none())).toList();
    }

    private static double dec4(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
    }

    static String sha256(List<?> records) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object o : records) {
                md.update((o + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shares (Dirichlet) and WGI (normal) draws, EU and BE scope; EOL-RIR, SI_SR, SI_EI ranges and a group. */
    @Test
    void sharesAndWgiDrawsUnchanged() {
        UncertaintyResult u = CriticalityUncertainty.compute(Fixtures.cobalt(), UncertaintyOptions.of(2000, 42));
        MaterialUncertainty co = u.material("Co").orElseThrow();
        assertThat(co.pCritical()).isEqualTo(0.24);
        assertThat(new double[] {co.srP05(), co.srP50(), co.srP95()})
                .containsExactly(0.6969357449801479, 0.8705171220325459, 1.0533345881635845);
        assertThat(sha256(u.materials())).isEqualTo("6ebf62b365b5b1826f1f3667f3cf58a32a6ee494b6f3b5a6fc09cf2ce0d107dc");
        assertThat(sha256(u.sensitivity())).isEqualTo("e8d3a21c33352fa656c08a60edc9f610fd94158301bb8f89a91871420a5f318d");

        CriticalityInput ranged = Fixtures.cobalt()
                .withStages(Fixtures.cobalt().stages().stream().map(st -> st.withRanges(0.15, 0.25, 0.85, 0.95)).toList())
                .withEi(Fixtures.cobalt().endUses(), Fixtures.cobalt().valueAdded(),
                        List.of(new SubstitutionIndex("Co", 0.95, 0.9, 1.0, Location.none())))
                .withGroups(List.of(new GroupMember("G", "Co", Location.none())));
        UncertaintyResult g = CriticalityUncertainty.compute(ranged, UncertaintyOptions.of(1500, 3));
        assertThat(g.material("G").orElseThrow().eiP95()).isEqualTo(5.869137701368829);
        assertThat(sha256(g.materials())).isEqualTo("d35603ef28c598c4df92a990a4241ad9bb37cb3a9d8b11c9020469ded574615c");
        assertThat(sha256(g.sensitivity())).isEqualTo("d6dc900baa52de161e34ff647413523dc9f101aad52250f27027c82dd34f1d63");

        CriticalityInput be = Fixtures.cobalt().withOptions(CriticalityOptions.defaults().withScope(Scope.BE));
        UncertaintyResult b = CriticalityUncertainty.compute(be, UncertaintyOptions.of(1000, 7));
        assertThat(b.material("Co").orElseThrow().srP50()).isEqualTo(1.7205730800866377);
        assertThat(sha256(b.materials())).isEqualTo("b0501aa41bc50f078d2167511fcf2584e7607a9566aa4366731a7b90318cbc70");
        assertThat(sha256(b.sensitivity())).isEqualTo("c8492f0c528fe55f0e8c823154274474d664a2496ad6409e6bc7c4becabb131a");
    }

    /** The 78 materials of 2017 as the package was before the HHI/IR ranges (the documented run: natural rubber p 0.7725). */
    @Test
    void preAggregatedCrm2017Unchanged() throws IOException {
        UncertaintyResult u = CriticalityUncertainty.compute(CriticalityInput.ofStages(crm2017WithEolAndSiRanges())
                .withEi(List.of(), List.of(), crm2017SiEi()), UncertaintyOptions.of(2000, 1));
        MaterialUncertainty nr = u.material("Natural Rubber").orElseThrow();
        assertThat(nr.pCritical()).isEqualTo(0.7725);
        assertThat(new double[] {nr.srP05(), nr.srP50(), nr.srP95()})
                .containsExactly(0.9319457169873873, 0.9811053332094799, 1.0290688077077146);
        assertThat(sha256(u.materials())).isEqualTo("d0a848c83eb344d66ea9155b366d0d7132a0c1bc8d0785e7da9cf4e641c82b28");
        assertThat(sha256(u.sensitivity())).isEqualTo("5957aa182714f6193b5ddb18b1b490c84ac556c809761a459089c2c82b9d2623");
    }
}
