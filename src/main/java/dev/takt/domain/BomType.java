package dev.takt.domain;

/** Whether a bill of materials is manufactured or exploded as a kit. */
public enum BomType {
    /** Manufactured through a manufacturing order. */
    NORMAL,
    /** A kit: components are delivered instead of the parent. */
    KIT
}
