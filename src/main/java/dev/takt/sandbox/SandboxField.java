package dev.takt.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The definition of one field of a sandbox model, as {@code fields_get} describes it, plus how the sandbox
 * holds its value.
 *
 * <p>Values are held in their internal form: {@link String} for char, text and selection, {@link Integer} for
 * integer and many2one (the id), {@link Double} for float and monetary, {@link Boolean}, {@link java.time.LocalDate}
 * for date, {@link Long} epoch seconds (UTC) for datetime, {@code int[]} for many2many; {@code null} is Odoo's
 * {@code False}. One2many values are never held: they are derived from the inverse many2one.
 */
public final class SandboxField {

    private final String name;
    private final SandboxFieldType type;
    private final String string;
    private final String relation;
    private final String inverse;
    private final boolean required;
    private final boolean readonly;
    private final boolean reportedStore;
    private final boolean computed;
    private final String[] related;
    private final List<Map.Entry<String, String>> selection;
    private final Object defaultValue;
    private final boolean cascade;
    private final boolean delegate;
    int slot = -1;

    SandboxField(String name, SandboxFieldType type, String string, String relation, String inverse, boolean required,
            boolean readonly, boolean reportedStore, boolean computed, String[] related,
            List<Map.Entry<String, String>> selection, Object defaultValue, boolean cascade, boolean delegate) {
        this.name = name;
        this.type = type;
        this.string = string;
        this.relation = relation;
        this.inverse = inverse;
        this.required = required;
        this.readonly = readonly;
        this.reportedStore = reportedStore;
        this.computed = computed;
        this.related = related;
        this.selection = selection;
        this.defaultValue = defaultValue;
        this.cascade = cascade;
        this.delegate = delegate;
    }

    /** Technical name, e.g. {@code product_id}. */
    public String name() {
        return name;
    }

    /** Odoo type. */
    public SandboxFieldType type() {
        return type;
    }

    /** Label ({@code string} in {@code fields_get}). */
    public String string() {
        return string;
    }

    /** Target model of a relational field, else null. */
    public String relation() {
        return relation;
    }

    /** For a one2many: the many2one of the target model that points back; else null. */
    public String inverse() {
        return inverse;
    }

    /** Whether Odoo reports the field as required. */
    public boolean required() {
        return required;
    }

    /** Whether Odoo reports the field as readonly. */
    public boolean readonly() {
        return readonly;
    }

    /** Whether Odoo reports the field as stored ({@code store} in {@code fields_get}). */
    public boolean reportedStore() {
        return reportedStore;
    }

    /** True when the sandbox computes the value on read. */
    public boolean computed() {
        return computed;
    }

    /** The path a related field reads through ({@code product_tmpl_id.name}), else null. */
    public String[] related() {
        return related;
    }

    /** Selection values and labels (empty for other types). */
    public List<Map.Entry<String, String>> selection() {
        return selection;
    }

    /** Default value in internal form, or null. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Many2one with ondelete cascade. */
    public boolean cascade() {
        return cascade;
    }

    /** Many2one whose target is created on the fly, like Odoo's {@code _inherits}. */
    public boolean delegate() {
        return delegate;
    }

    /** True when the value is held in the record itself. */
    public boolean stored() {
        return slot >= 0;
    }

    boolean validSelection(String value) {
        for (Map.Entry<String, String> e : selection) {
            if (e.getKey().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
