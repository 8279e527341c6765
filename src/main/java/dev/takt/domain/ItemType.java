package dev.takt.domain;

/** What kind of product an item is, as far as planning cares. */
public enum ItemType {
    /** Tracked in stock: planning counts it. */
    STORABLE,
    /** Consumed without stock tracking. */
    CONSUMABLE,
    /** Not a physical good. */
    SERVICE
}
