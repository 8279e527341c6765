package dev.takt.sandbox;

/** The Odoo field types the sandbox knows, named as Odoo's {@code fields_get} names them. */
public enum SandboxFieldType {
    CHAR, TEXT, INTEGER, FLOAT, MONETARY, BOOLEAN, DATE, DATETIME, SELECTION, MANY2ONE, ONE2MANY, MANY2MANY;

    /** The name Odoo uses, e.g. {@code many2one}. */
    public String odooName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for many2one, one2many and many2many. */
    public boolean relational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    /** True for one2many and many2many. */
    public boolean toMany() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    /** True for integer, float and monetary. */
    public boolean numeric() {
        return this == INTEGER || this == FLOAT || this == MONETARY;
    }

    static SandboxFieldType of(String odooName) {
        return valueOf(odooName.toUpperCase(java.util.Locale.ROOT));
    }
}
