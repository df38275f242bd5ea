package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.MaterialUncertainty;
import be.cambium.criticality.Scope;
import be.cambium.criticality.Verdict;
import be.cambium.io.pkg.DataPackageReader;
import be.cambium.io.pkg.Table;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The published 2023 verdicts (study Annex 4, bundled {@code eu-crm-2023/published_scores.csv}) that are robust: the
 * recomputed SR and EI (bundled package alone, as in {@link Crm2023SrReferenceTest}) far from the thresholds and the
 * recomputed verdict equal to the published one. Far: SR at least twice 1.0 and EI at least 0.5 above 2.8 (critical), or
 * SR at most half of 1.0 or EI at least 0.5 below 2.8 (not critical). The shares (Dirichlet, kappa 100), WGI (standard
 * errors) and printing-precision ranges cannot move such a material across a threshold: p_critical must be exactly 1 or 0
 * in 1000 seeded draws.
 */
class Crm2023UncertaintyReferenceTest {

    @Test
    void robustPublishedVerdictsAreCertainInTheMonteCarlo() {
        ValidationReport.Builder problems = ValidationReport.builder();
        long t0 = System.nanoTime();
        CriticalityService.Run run = new CriticalityService().run("eu-crm-2023", Scope.EU, 1000, 1, problems);
        System.out.println("eu-crm-2023, 1000 draws: " + (System.nanoTime() - t0) / 1_000_000 + " ms (read, deterministic run, Monte Carlo)");
        assertThat(run).isNotNull();
        assertThat(Objects.requireNonNull(run).uncertainty()).isNotNull();
        var rr = new DataPackageReader().readClasspath(getClass().getClassLoader(), "data/eu-crm-2023");
        Table t = Objects.requireNonNull(rr.dataPackage()).table("published_scores").orElseThrow();
        Map<String, double[]> published = CriticalitySection.published2023(t);
        assertThat(published).hasSize(70);
        Map<String, MaterialUncertainty> unc = new LinkedHashMap<>();
        run.uncertainty().materials().forEach(u -> unc.put(u.material(), u));
        CriticalityOptions o = CriticalityOptions.defaults();
        List<String> robustCritical = new ArrayList<>();
        List<String> robustNot = new ArrayList<>();
        for (var e : published.entrySet()) {
            MaterialResult m = run.result().material(e.getKey()).orElse(null);
            if (m == null || Double.isNaN(m.sr()) || Double.isNaN(m.ei())) {
                continue;
            }
            Verdict pub = o.classify(e.getValue()[0], e.getValue()[1]);
            boolean farCritical = m.sr() >= 2.0 && m.ei() >= 3.3;
            boolean farNot = m.sr() <= 0.5 || m.ei() <= 2.3;
            double p = unc.get(e.getKey()).pCritical();
            if (farCritical && pub == Verdict.CRITICAL && m.verdict() == Verdict.CRITICAL) {
                assertThat(p).as(e.getKey() + " (SR " + m.sr() + ", EI " + m.ei() + ")").isEqualTo(1.0);
                robustCritical.add(e.getKey());
            } else if (farNot && pub == Verdict.NOT_CRITICAL && m.verdict() == Verdict.NOT_CRITICAL) {
                assertThat(p).as(e.getKey() + " (SR " + m.sr() + ", EI " + m.ei() + ")").isEqualTo(0.0);
                robustNot.add(e.getKey());
            }
        }
        // the selection is not empty: the check has materials to bite on (named in docs/methods/criticality.md)
        assertThat(robustCritical).contains("Boron", "Cobalt", "Gallium", "Magnesium", "Strontium", "LREE", "PGM");
        assertThat(robustNot).contains("Aggregates", "Copper", "Limestone", "Sulphur", "Talc");
        // materials without end uses in the Appendix 6 transcription carry the published EI (si_ei.ei_published, Annex 4)
        // and are in the selection too: their EI is exactly the published one and fixed in every draw
        List<String> carried = run.result().materials().stream().filter(m -> m.flags().contains("EI published (not recomputed)"))
                .map(MaterialResult::material).toList();
        // every ei_published of the package is used: none is given for a material whose EI the end uses recompute
        Table si = Objects.requireNonNull(rr.dataPackage()).table("si_ei").orElseThrow();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < si.rowCount(); i++) {
            if (si.number(i, "ei_published") != null) {
                given.add(si.string(i, "material"));
                assertThat(si.string(i, "ei_published_source")).isEqualTo("crm2023-annex4");
            }
        }
        assertThat(carried).containsExactlyInAnyOrderElementsOf(given);
        assertThat(carried).hasSize(26).contains("Germanium", "Lithium", "Nickel", "Niobium", "Xenon").doesNotContain("Dysprosium");
        for (String m : carried) {
            double ei = run.result().material(m).orElseThrow().ei();
            assertThat(ei).as(m).isEqualTo(published.get(m)[1]);
            if (!Double.isNaN(unc.get(m).pCritical())) {
                assertThat(unc.get(m).eiP05()).as(m).isEqualTo(ei);
                assertThat(unc.get(m).eiP95()).as(m).isEqualTo(ei);
            }
        }
        assertThat(robustCritical).contains("Germanium", "Lithium", "Niobium", "Phosphorus", "Scandium");
        assertThat(robustNot).contains("Bentonite", "Hydrogen", "Lead", "Natural cork", "Rhenium", "Roundwood", "Sapele wood",
                "Tellurium", "Zinc");
        System.out.println("robust critical " + robustCritical + "; robust not critical " + robustNot);
    }
}
