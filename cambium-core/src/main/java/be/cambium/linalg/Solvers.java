package be.cambium.linalg;

import java.util.Locale;
import java.util.Optional;

/** Chooses a dense solver: native LAPACK when it loads, else the pure-Java LU. */
public final class Solvers {

    /** The solver that will run and a one-line notice saying which, for the application to print. */
    public record Choice(LinearSolver solver, String notice) {
    }

    private Solvers() {
    }

    /** Native LAPACK if it loads, else pure Java; the notice says which and, for the fallback, why. */
    public static Choice automatic() {
        String[] why = new String[1];
        Optional<NativeLapackSolver> nat = NativeLapackSolver.load(why);
        if (nat.isPresent()) {
            return new Choice(nat.get(), "linear algebra: " + nat.get().description());
        }
        JavaLuSolver j = new JavaLuSolver();
        return new Choice(j, "linear algebra: " + j.description() + "; native LAPACK not available ("
                + why[0] + "); on Debian: apt-get install libopenblas0");
    }

    /**
     * A solver by name: {@code auto}, {@code native-lapack}, {@code java-lu} or {@code gauss-seidel}.
     *
     * @throws IllegalArgumentException for an unknown name, or {@code native-lapack} when it does not load
     */
    public static Choice byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "auto":
                return automatic();
            case "native-lapack": {
                String[] why = new String[1];
                NativeLapackSolver s = NativeLapackSolver.load(why)
                        .orElseThrow(() -> new IllegalArgumentException("native LAPACK not available: " + why[0]));
                return new Choice(s, "linear algebra: " + s.description());
            }
            case "java-lu": {
                JavaLuSolver s = new JavaLuSolver();
                return new Choice(s, "linear algebra: " + s.description());
            }
            case "gauss-seidel": {
                GaussSeidelSolver s = new GaussSeidelSolver();
                return new Choice(s, "linear algebra: " + s.description());
            }
            default:
                throw new IllegalArgumentException("unknown solver '" + name + "'; use auto, native-lapack, java-lu or gauss-seidel");
        }
    }
}
