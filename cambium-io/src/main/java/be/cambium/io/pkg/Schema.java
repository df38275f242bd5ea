package be.cambium.io.pkg;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Table Schema: ordered fields, the primary key, foreign keys and the texts that mean "missing"
 * (default: the empty string).
 */
public record Schema(List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys, List<String> missingValues) {

    public static final List<String> DEFAULT_MISSING = List.of("");

    public Schema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        missingValues = List.copyOf(missingValues);
        Set<String> names = new HashSet<>();
        for (Field f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("duplicate field name '" + f.name() + "'");
            }
        }
    }

    public static Schema of(List<Field> fields) {
        return new Schema(fields, List.of(), List.of(), DEFAULT_MISSING);
    }

    public Schema withPrimaryKey(List<String> key) {
        return new Schema(fields, key, foreignKeys, missingValues);
    }

    public Schema withForeignKeys(List<ForeignKey> keys) {
        return new Schema(fields, primaryKey, keys, missingValues);
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
