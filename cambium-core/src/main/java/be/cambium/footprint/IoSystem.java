package be.cambium.footprint;

import be.cambium.linalg.DenseMatrix;
import be.cambium.linalg.LeontiefIteration;
import be.cambium.linalg.NotConvergedException;
import be.cambium.linalg.SparseMatrix;
import be.cambium.provenance.Provenance;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A complete monetary input-output system: technical coefficients A (n x n), final demand Y (n x m),
 * total output x, satellite {@link Extension}s and optionally population per region. Rows and columns
 * of A are labelled (region, sector); columns of Y (region, category).
 *
 * <p>Built only through {@link #fromFlows} or {@link #fromCoefficients}, never half-filled. Conventions
 * follow pymrio (IndEcol/pymrio, {@code iomath.py}): x = Z 1 + Y 1, A = Z x̂⁻¹ with a zero column where
 * x = 0 (reported as {@code ZERO_OUTPUT}), and for coefficients x = (I - A)⁻¹ Y 1.
 *
 * <p>Rejected with {@link IoSystemException} (error {@code NOT_PRODUCTIVE}, the offending columns
 * named): a column sum of A &ge; 1, or, where A has negative entries, a spectral radius of |A| &ge; 1.
 * Warned: negative flows ({@code NEGATIVE_FLOW}), zero output ({@code ZERO_OUTPUT}), output differing
 * from Z 1 + Y 1 ({@code OUTPUT_IDENTITY}).
 */
public final class IoSystem {

    private static final int MAX_LISTED = 20;

    private final LabelIndex sectors;
    private final LabelIndex finalDemandCategories;
    private final DenseMatrix a;
    private final DenseMatrix y;
    private final double[] x;
    private final String monetaryUnit;
    private final List<Extension> extensions;
    private final Map<String, Double> population;
    private final ValidationReport report;
    private final Provenance provenance;

    private IoSystem(LabelIndex sectors, LabelIndex fd, DenseMatrix a, DenseMatrix y, double[] x, String unit,
            List<Extension> extensions, Map<String, Double> population, ValidationReport report, Provenance provenance) {
        this.sectors = sectors;
        this.finalDemandCategories = fd;
        this.a = a;
        this.y = y;
        this.x = x;
        this.monetaryUnit = unit;
        this.extensions = List.copyOf(extensions);
        this.population = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(population));
        this.report = report;
        this.provenance = provenance;
    }

    /**
     * From flows: Z (n x n), Y (n x m) and optionally x (else x = Z 1 + Y 1; when given, it is checked
     * against Z 1 + Y 1 to 1e-6 relative and the difference warned as {@code OUTPUT_IDENTITY}).
     *
     * @throws IoSystemException when the system is not productive or has non-finite values
     */
    public static IoSystem fromFlows(LabelIndex sectors, LabelIndex finalDemand, DenseMatrix z, DenseMatrix y,
            double @Nullable [] x, String monetaryUnit) {
        int n = checkShapes(sectors, finalDemand, z, y);
        ValidationReport.Builder rb = ValidationReport.builder();
        requireFinite(z, "Z", sectors, sectors, rb);
        requireFinite(y, "Y", sectors, finalDemand, rb);
        double[] sum = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                sum[i] += z.get(i, j);
            }
        }
        for (int j = 0; j < y.cols(); j++) {
            for (int i = 0; i < n; i++) {
                sum[i] += y.get(i, j);
            }
        }
        double[] out;
        if (x == null) {
            out = sum;
        } else {
            if (x.length != n) {
                throw new IllegalArgumentException("x has " + x.length + " values for " + n + " sectors");
            }
            out = x.clone();
            int listed = 0;
            for (int i = 0; i < n; i++) {
                double tol = 1e-6 * Math.max(1.0, Math.abs(out[i]));
                if (Math.abs(out[i] - sum[i]) > tol && listed++ < MAX_LISTED) {
                    rb.warning("OUTPUT_IDENTITY", "given output " + out[i] + " differs from Z 1 + Y 1 = " + sum[i],
                            cell(sectors.label(i), sectors));
                }
            }
        }
        warnNegative(z, "Z", sectors, sectors, rb);
        double[] ad = new double[n * n];
        int zeroListed = 0;
        for (int j = 0; j < n; j++) {
            double inv = out[j] == 0.0 ? 0.0 : 1.0 / out[j];
            if (out[j] == 0.0) {
                if (zeroListed++ < MAX_LISTED) {
                    rb.warning("ZERO_OUTPUT", "total output is 0: its coefficient column is set to 0",
                            cell(sectors.label(j), sectors));
                }
            } else if (out[j] < 0) {
                rb.warning("NEGATIVE_OUTPUT", "total output is negative (" + out[j] + ")", cell(sectors.label(j), sectors));
            }
            for (int i = 0; i < n; i++) {
                ad[i + j * n] = z.get(i, j) * inv;
            }
        }
        if (zeroListed > MAX_LISTED) {
            rb.warning("ZERO_OUTPUT", (zeroListed - MAX_LISTED) + " more sectors with zero output", Location.none());
        }
        DenseMatrix a = DenseMatrix.wrap(n, n, ad);
        checkProductive(a, sectors, rb);
        ValidationReport r = rb.build();
        if (r.hasErrors()) {
            throw new IoSystemException(r);
        }
        return new IoSystem(sectors, finalDemand, a, y, out, monetaryUnit, List.of(), Map.of(), r,
                Provenance.empty().withStep("A = Z x^-1 from flows (1/x = 0 where x = 0)"));
    }

    /**
     * From coefficients A (n x n) and final demand Y (n x m); x = (I - A)⁻¹ Y 1 is computed by
     * Gauss-Seidel iteration on the sparse A (no factorisation).
     *
     * @throws IoSystemException when the system is not productive or has non-finite values
     */
    public static IoSystem fromCoefficients(LabelIndex sectors, LabelIndex finalDemand, DenseMatrix a, DenseMatrix y,
            String monetaryUnit) {
        int n = checkShapes(sectors, finalDemand, a, y);
        ValidationReport.Builder rb = ValidationReport.builder();
        requireFinite(a, "A", sectors, sectors, rb);
        requireFinite(y, "Y", sectors, finalDemand, rb);
        warnNegative(a, "A", sectors, sectors, rb);
        checkProductive(a, sectors, rb);
        ValidationReport pre = rb.build();
        if (pre.hasErrors()) {
            throw new IoSystemException(pre);
        }
        double[] ySum = new double[n];
        for (int j = 0; j < y.cols(); j++) {
            for (int i = 0; i < n; i++) {
                ySum[i] += y.get(i, j);
            }
        }
        double[] out;
        try {
            out = LeontiefIteration.solve(SparseMatrix.of(a), ySum, 1e-15, 100_000);
        } catch (NotConvergedException e) {
            throw new IoSystemException(ValidationReport.builder().addAll(pre)
                    .error("NOT_PRODUCTIVE", e.getMessage(), Location.none()).build());
        }
        int zeroListed = 0;
        for (int j = 0; j < n; j++) {
            if (out[j] == 0.0 && zeroListed++ < MAX_LISTED) {
                rb.warning("ZERO_OUTPUT", "total output is 0", cell(sectors.label(j), sectors));
            }
        }
        return new IoSystem(sectors, finalDemand, a, y, out, monetaryUnit, List.of(), Map.of(), rb.build(),
                Provenance.empty().withStep("x = (I - A)^-1 Y 1 by Gauss-Seidel (relative tolerance 1e-15)"));
    }

    /** A copy with one more extension (F has the sector columns, F_Y the final-demand columns). */
    public IoSystem withExtension(Extension e) {
        Objects.requireNonNull(e, "extension");
        if (e.stressorsOfProduction().cols() != sectors.size()) {
            throw new IllegalArgumentException("extension " + e.name() + ": F has " + e.stressorsOfProduction().cols()
                    + " columns for " + sectors.size() + " sectors");
        }
        if (e.stressorsOfFinalDemand().cols() != finalDemandCategories.size()) {
            throw new IllegalArgumentException("extension " + e.name() + ": F_Y has " + e.stressorsOfFinalDemand().cols()
                    + " columns for " + finalDemandCategories.size() + " final-demand columns");
        }
        for (Extension old : extensions) {
            if (old.name().equals(e.name())) {
                throw new IllegalArgumentException("extension " + e.name() + " is already present");
            }
        }
        ValidationReport.Builder rb = ValidationReport.builder().addAll(report);
        requireFinite(e.stressorsOfProduction(), "F of " + e.name(), null, sectors, rb);
        requireFinite(e.stressorsOfFinalDemand(), "F_Y of " + e.name(), null, finalDemandCategories, rb);
        ValidationReport r = rb.build();
        if (r.hasErrors()) {
            throw new IoSystemException(r);
        }
        List<Extension> l = new ArrayList<>(extensions);
        l.add(e);
        return new IoSystem(sectors, finalDemandCategories, a, y, x, monetaryUnit, l, population, r, provenance);
    }

    /** A copy with population per region (head counts), for per-capita accounts. Every region needs a positive value. */
    public IoSystem withPopulation(Map<String, Double> people) {
        for (String r : sectors.regions()) {
            Double p = people.get(r);
            if (p == null || !(p > 0) || p.isInfinite()) {
                throw new IllegalArgumentException("population of region " + r + " is missing or not positive: " + p);
            }
        }
        return new IoSystem(sectors, finalDemandCategories, a, y, x, monetaryUnit, extensions, people, report, provenance);
    }

    /** A copy with provenance added (e.g. the source files). */
    public IoSystem withProvenance(Provenance p) {
        return new IoSystem(sectors, finalDemandCategories, a, y, x, monetaryUnit, extensions, population, report, provenance.merge(p));
    }

    /** Row and column labels of A: (region, sector). */
    public LabelIndex sectors() {
        return sectors;
    }

    /** Column labels of Y: (region, category). */
    public LabelIndex finalDemandCategories() {
        return finalDemandCategories;
    }

    /** A, the technical coefficients. */
    public DenseMatrix technicalCoefficients() {
        return a;
    }

    /** B = x̂⁻¹ Z = x̂⁻¹ A x̂, the Ghosh allocation coefficients (built on demand: n x n). */
    public DenseMatrix ghoshCoefficients() {
        int n = x.length;
        double[] bd = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                bd[i + j * n] = x[i] == 0.0 ? 0.0 : a.get(i, j) * x[j] / x[i];
            }
        }
        return DenseMatrix.wrap(n, n, bd);
    }

    /** Z = A x̂, the flows (built on demand: n x n). */
    public DenseMatrix flows() {
        int n = x.length;
        double[] zd = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                zd[i + j * n] = a.get(i, j) * x[j];
            }
        }
        return DenseMatrix.wrap(n, n, zd);
    }

    /** Y, final demand. */
    public DenseMatrix finalDemand() {
        return y;
    }

    /** x, total output (a copy). */
    public double[] output() {
        return x.clone();
    }

    double output(int i) {
        return x[i];
    }

    public String monetaryUnit() {
        return monetaryUnit;
    }

    public List<Extension> extensions() {
        return extensions;
    }

    /** The extension of that name. */
    public Extension extension(String name) {
        for (Extension e : extensions) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no extension '" + name + "'; have " + extensions.stream().map(Extension::name).toList());
    }

    /** Population per region; empty when not given. */
    public Map<String, Double> population() {
        return population;
    }

    /** Warnings found while building (zero output, negative flows, ...). */
    public ValidationReport report() {
        return report;
    }

    public Provenance provenance() {
        return provenance;
    }

    // ---- checks

    private static int checkShapes(LabelIndex sectors, LabelIndex fd, DenseMatrix m, DenseMatrix y) {
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(fd, "finalDemand");
        int n = sectors.size();
        if (m.rows() != n || m.cols() != n) {
            throw new IllegalArgumentException("matrix is " + m.rows() + " x " + m.cols() + " for " + n + " sectors");
        }
        if (y.rows() != n || y.cols() != fd.size()) {
            throw new IllegalArgumentException("Y is " + y.rows() + " x " + y.cols() + ", expected " + n + " x " + fd.size());
        }
        for (String r : fd.regions()) {
            if (sectors.regionNumber(r) < 0) {
                throw new IllegalArgumentException("final-demand region " + r + " is not a region of the sectors");
            }
        }
        return n;
    }

    static Location cell(Label l, LabelIndex ix) {
        return Location.cell("region", l.region(), ix.itemName(), l.item());
    }

    private static Location cell2(@Nullable LabelIndex rows, int i, LabelIndex cols, int j) {
        Map<String, String> m = new LinkedHashMap<>();
        if (rows == null) {
            m.put("row", Integer.toString(i + 1));
        } else {
            m.put("row_region", rows.label(i).region());
            m.put("row_" + rows.itemName(), rows.label(i).item());
        }
        m.put("col_region", cols.label(j).region());
        m.put("col_" + cols.itemName(), cols.label(j).item());
        return Location.cell(m);
    }

    private static void requireFinite(DenseMatrix m, String what, @Nullable LabelIndex rows, LabelIndex cols,
            ValidationReport.Builder rb) {
        int listed = 0;
        for (int j = 0; j < m.cols(); j++) {
            for (int i = 0; i < m.rows(); i++) {
                if (!Double.isFinite(m.get(i, j)) && listed++ < MAX_LISTED) {
                    rb.error("NOT_FINITE", what + " holds " + m.get(i, j), cell2(rows, i, cols, j));
                }
            }
        }
    }

    private static void warnNegative(DenseMatrix m, String what, LabelIndex rows, LabelIndex cols, ValidationReport.Builder rb) {
        int count = 0;
        for (int j = 0; j < m.cols(); j++) {
            for (int i = 0; i < m.rows(); i++) {
                if (m.get(i, j) < 0) {
                    if (count < MAX_LISTED) {
                        rb.warning("NEGATIVE_FLOW", what + " is negative (" + m.get(i, j) + ")", cell2(rows, i, cols, j));
                    }
                    count++;
                }
            }
        }
        if (count > MAX_LISTED) {
            rb.warning("NEGATIVE_FLOW", (count - MAX_LISTED) + " more negative entries in " + what, Location.none());
        }
    }

    /**
     * The system is productive when the spectral radius ρ(A) is below 1 (Hawkins-Simon). Column sums
     * of A at or above 1 (inputs worth more than output, negative value added) do not by themselves make
     * a system unproductive - pymrio's own small test MRIO has two - so they are warned
     * ({@code COLUMN_SUM_AT_LEAST_ONE}), and then bounds on ρ(|A|) decide: a lower bound &ge; 1 rejects
     * the system ({@code NOT_PRODUCTIVE}, naming those columns). With negative entries ρ(|A|) only
     * bounds ρ(A) from above, so it gives a warning ({@code POSSIBLY_NOT_PRODUCTIVE}).
     */
    private static void checkProductive(DenseMatrix a, LabelIndex sectors, ValidationReport.Builder rb) {
        int n = a.rows();
        boolean negative = false;
        List<Integer> heavy = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        double maxAbsColSum = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            double sa = 0;
            for (int i = 0; i < n; i++) {
                double v = a.get(i, j);
                s += v;
                sa += Math.abs(v);
                negative |= v < 0;
            }
            maxAbsColSum = Math.max(maxAbsColSum, sa);
            if (s >= 1.0) {
                heavy.add(j);
                sums.add(s);
            }
        }
        if (maxAbsColSum < 1.0) {
            return; // ρ(A) <= ρ(|A|) <= max column sum of |A| < 1
        }
        double[] bounds = LeontiefIteration.spectralRadiusBounds(LeontiefIteration.absolute(SparseMatrix.of(a)), 2000);
        boolean proven = bounds[1] < 1.0;
        boolean refuted = bounds[0] >= 1.0;
        for (int t = 0; t < heavy.size() && t < MAX_LISTED; t++) {
            int j = heavy.get(t);
            String msg = "column sum of A is " + sums.get(t) + " (inputs worth at least the output)";
            if (refuted && !negative) {
                rb.error("NOT_PRODUCTIVE", msg + "; the system is not productive", cell(sectors.label(j), sectors));
            } else {
                rb.warning("COLUMN_SUM_AT_LEAST_ONE", msg, cell(sectors.label(j), sectors));
            }
        }
        if (heavy.size() > MAX_LISTED) {
            rb.add(be.cambium.validate.Issue.warning("COLUMN_SUM_AT_LEAST_ONE", (heavy.size() - MAX_LISTED)
                    + " more columns with a column sum of A >= 1", Location.none()));
        }
        String range = "spectral radius of |A| between " + bounds[0] + " and " + bounds[1];
        if (refuted && !negative) {
            rb.error("NOT_PRODUCTIVE", range + " (must be below 1): (I - A) has no non-negative inverse", Location.none());
        } else if (!proven) {
            rb.warning("POSSIBLY_NOT_PRODUCTIVE", range + "; productivity could not be proven", Location.none());
        }
    }
}
