package dev.takt.sandbox.frepple;

import java.util.List;

/**
 * One field of a frePPLe REST entity as its serializer shows it.
 *
 * @param name       the JSON key
 * @param type       how values are read and written
 * @param target     for {@link Type#FK}: the entity referenced by name (or {@value #OPERATIONPLAN} for any order)
 * @param choices    for {@link Type#CHOICE}: the allowed values
 * @param required   required on a full update (PUT on a detail URL) and NOT NULL in the database: creating a
 *                   record without it fails like frePPLe's database does (HTTP 500), unless it has a default
 * @param readOnly   computed by the engine or the server; ignored in writes
 * @param defaultValue the value a create without the field stores (typed), or null
 */
record FreppleField(String name, Type type, String target, List<String> choices, boolean required, boolean readOnly,
        Object defaultValue) {

    /** FK target meaning "any kind of operationplan" (manufacturing, purchase, distribution, delivery order). */
    static final String OPERATIONPLAN = "operationplan";

    /** Value types. */
    enum Type {
        /** Text. */
        STRING,
        /** Integer (JSON number). */
        INTEGER,
        /** Auto-numbered integer primary key. */
        ID,
        /** Decimal written as a string with 8 decimals. */
        DECIMAL,
        /** JSON boolean. */
        BOOLEAN,
        /** Naive date-time {@code YYYY-MM-DDThh:mm:ss[.ffffff]}. */
        DATETIME,
        /** Python {@code timedelta} as Django prints it: {@code [-D ]hh:mm:ss[.ffffff]}. */
        DURATION,
        /** Time of day {@code hh:mm:ss}. */
        TIME,
        /** Foreign key, by the target's primary key. */
        FK,
        /** One of {@link FreppleField#choices()}. */
        CHOICE,
        /** Free JSON computed by the engine (the {@code plan} of demands and orders). */
        JSON,
        /** A list computed from other entities (the {@code resources} and {@code materials} of an MO). */
        COMPUTED_LIST
    }

    static FreppleField of(String name, Type type) {
        return new FreppleField(name, type, null, List.of(), false, false, null);
    }

    static FreppleField fk(String name, String target) {
        return new FreppleField(name, Type.FK, target, List.of(), false, false, null);
    }

    static FreppleField choice(String name, Object defaultValue, String... choices) {
        return new FreppleField(name, Type.CHOICE, null, List.of(choices), false, false, defaultValue);
    }

    FreppleField req() {
        return new FreppleField(name, type, target, choices, true, readOnly, defaultValue);
    }

    FreppleField ro() {
        return new FreppleField(name, type, target, choices, required, true, defaultValue);
    }

    FreppleField def(Object value) {
        return new FreppleField(name, type, target, choices, required, readOnly, value);
    }
}
