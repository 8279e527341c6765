package dev.takt.domain;

/** How urgently a planning exception needs a person, lowest first. */
public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }
