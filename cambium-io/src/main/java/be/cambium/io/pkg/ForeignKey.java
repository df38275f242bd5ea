package be.cambium.io.pkg;

import java.util.List;
import java.util.Objects;

/** A foreign key: the local fields and what they reference. A code-list reference takes exactly one field. */
public record ForeignKey(List<String> fields, KeyReference reference) {

    public ForeignKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(reference, "reference");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a foreign key needs at least one field");
        }
        if (reference instanceof KeyReference.Resource && ((KeyReference.Resource) reference).fields().size() != fields.size()) {
            throw new IllegalArgumentException("foreign key " + fields + " and its reference "
                    + ((KeyReference.Resource) reference).fields() + " differ in length");
        }
        if (reference instanceof KeyReference.CodeList && fields.size() != 1) {
            throw new IllegalArgumentException("a code-list foreign key takes one field, got " + fields);
        }
    }
}
