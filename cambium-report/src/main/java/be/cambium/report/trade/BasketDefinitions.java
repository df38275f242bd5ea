package be.cambium.report.trade;

import be.cambium.provenance.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The monitored trade baskets as the report shows them: each CN8 code with the CN years it is valid in
 * ({@code null} = no limit) and where it comes from, and the source of the bundled definitions.
 */
public record BasketDefinitions(List<Code> codes, Source source) {

    /** One CN8 code of a basket. */
    public record Code(String basket, String cn8, String label, @Nullable Integer validFrom, @Nullable Integer validTo,
                       String source) {
        public Code {
            Objects.requireNonNull(basket, "basket");
            Objects.requireNonNull(cn8, "cn8");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
        }
    }

    public BasketDefinitions {
        codes = List.copyOf(codes);
        Objects.requireNonNull(source, "source");
    }

    /** The baskets, in the order of their first code. */
    public Set<String> baskets() {
        Set<String> s = new LinkedHashSet<>();
        codes.forEach(c -> s.add(c.basket()));
        return s;
    }
}
