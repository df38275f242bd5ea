package be.cambium.criticality;

/**
 * Settings of the Monte Carlo analysis.
 *
 * @param draws                  number of draws (at least 1)
 * @param seed                   seed of the {@link java.util.SplittableRandom}; the same seed gives the same result
 * @param dirichletConcentration kappa of the Dirichlet around observed shares (share variance s(1-s)/(kappa+1))
 * @param oatStep                absolute step for the one-at-a-time sensitivity of IR, EOL-RIR and SI_SR when
 *                               the input gives no range
 */
public record UncertaintyOptions(int draws, long seed, double dirichletConcentration, double oatStep) {
    public UncertaintyOptions {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1, got " + draws);
        }
        if (!(dirichletConcentration > 0)) {
            throw new IllegalArgumentException("dirichletConcentration must be > 0, got " + dirichletConcentration);
        }
    }

    public static UncertaintyOptions of(int draws, long seed) {
        return new UncertaintyOptions(draws, seed, 100.0, 0.05);
    }
}
