package be.cambium.io.pkg;

import java.util.List;
import java.util.Objects;

/** What a foreign key points at: fields of a resource of the same package, or a code list. */
public sealed interface KeyReference {

    /**
     * Fields of a resource in the same package ({@code "resource": ""} in JSON means the table itself).
     * Written as {@code {"resource": "regions", "fields": ["code"]}}.
     */
    record Resource(String resource, List<String> fields) implements KeyReference {
        public Resource {
            Objects.requireNonNull(resource, "resource");
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a resource reference needs at least one field");
            }
        }
    }

    /**
     * A named code list supplied by a {@link CodeListProvider} (a CAMBIUM extension of the Table Schema).
     * Written as {@code {"codeList": "nuts-be"}}.
     */
    record CodeList(String name) implements KeyReference {
        public CodeList {
            Objects.requireNonNull(name, "name");
        }
    }
}
