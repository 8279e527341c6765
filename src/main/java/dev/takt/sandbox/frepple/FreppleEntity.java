package dev.takt.sandbox.frepple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One frePPLe REST entity: where it lives ({@code /api/<group>/<name>/}), its primary key and its fields in the
 * order the serializer writes them.
 *
 * @param name      URL name, e.g. {@code demand}
 * @param group     {@code input} or {@code common}
 * @param key       the primary-key field: {@code name}, {@code reference} (orders) or {@code id}
 * @param fields    the fields in serializer order
 * @param sorted    whether lists come sorted by primary key (false: in insertion order)
 */
record FreppleEntity(String name, String group, String key, List<FreppleField> fields, boolean sorted) {

    FreppleEntity {
        fields = List.copyOf(fields);
    }

    /** The field, or null. */
    FreppleField field(String fieldName) {
        for (FreppleField f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    /** The primary-key field. */
    FreppleField keyField() {
        return field(key);
    }

    /** True when the primary key is an auto-numbered integer. */
    boolean autoId() {
        return keyField().type() == FreppleField.Type.ID;
    }

    /** Field name → field. */
    Map<String, FreppleField> byName() {
        Map<String, FreppleField> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f));
        return out;
    }
}
