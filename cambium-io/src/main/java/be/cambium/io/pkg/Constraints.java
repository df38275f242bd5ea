package be.cambium.io.pkg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Table Schema field constraints.
 *
 * @param required   the cell must not be missing
 * @param unique     no two rows may share a non-missing value
 * @param enumValues allowed values (as text), empty when unconstrained
 * @param minimum    inclusive lower bound for integer, number and year fields, if any
 * @param maximum    inclusive upper bound, if any
 */
public record Constraints(boolean required, boolean unique, List<String> enumValues,
                          @Nullable BigDecimal minimum, @Nullable BigDecimal maximum) {

    private static final Constraints NONE = new Constraints(false, false, List.of(), null, null);

    public Constraints {
        enumValues = List.copyOf(Objects.requireNonNull(enumValues, "enumValues"));
    }

    public static Constraints none() {
        return NONE;
    }

    public Constraints withRequired(boolean r) {
        return new Constraints(r, unique, enumValues, minimum, maximum);
    }

    public Constraints withUnique(boolean u) {
        return new Constraints(required, u, enumValues, minimum, maximum);
    }

    public Constraints withEnum(List<String> values) {
        return new Constraints(required, unique, values, minimum, maximum);
    }

    public Constraints withRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new Constraints(required, unique, enumValues, min, max);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
