package be.cambium.criticality;

/**
 * Parameter values of the substitution indices. The defaults are the values recalled for the EC 2017
 * Guidelines ([R] in the reference page, not confirmed against the Guidelines' text; see
 * docs/methods/criticality.md): a cost-performance matrix for SI_EI, and for SI_SR the geometric mean of
 * a production factor (high 0.8, else 1.0), a criticality factor (substitute critical 1.0, else 0.8) and a
 * co-production factor (mainly by-product 1.0, main product 0.8).
 *
 * @param scp           cost-performance parameter indexed [performance][cost]
 * @param productionHigh SR factor when the substitute's production is high
 * @param productionLow  SR factor otherwise
 * @param critical       SR factor when the substitute is itself critical
 * @param notCritical    SR factor otherwise
 * @param byProduct      SR factor when the substitute is mainly a by-product
 * @param mainProduct    SR factor otherwise
 */
public record SubstitutionParameters(double[][] scp, double productionHigh, double productionLow, double critical,
                                     double notCritical, double byProduct, double mainProduct) {

    public SubstitutionParameters {
        if (scp.length != 3 || scp[0].length != 3 || scp[1].length != 3 || scp[2].length != 3) {
            throw new IllegalArgumentException("scp must be 3x3 [performance][cost]");
        }
        double[][] c = new double[3][];
        for (int i = 0; i < 3; i++) {
            c[i] = scp[i].clone();
        }
        scp = c;
    }

    /** The recalled 2017 Guidelines values ([R]). */
    public static SubstitutionParameters guidelines2017() {
        return new SubstitutionParameters(new double[][] {
                {0.7, 0.8, 0.9},   // similar performance
                {0.8, 0.9, 1.0},   // reduced performance
                {1.0, 1.0, 1.0}},  // no substitute
                0.8, 1.0, 1.0, 0.8, 1.0, 0.8);
    }

    public double scp(Substitute.Performance p, Substitute.Cost c) {
        return scp[p.ordinal()][c.ordinal()];
    }

    /** The SR performance parameter of one substitute: geometric mean of the three factors. */
    public double sppSr(Substitute s) {
        double a = s.substituteHighProduction() ? productionHigh : productionLow;
        double b = s.substituteCritical() ? critical : notCritical;
        double c = s.substituteByProduct() ? byProduct : mainProduct;
        return Math.cbrt(a * b * c);
    }
}
