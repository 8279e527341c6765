package dev.takt.domain.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An item will be short: available-to-promise falls below zero.
 *
 * @param shortBy  by how much (positive), in {@code unit}
 * @param from     the first day it is short, or null when it is short now
 */
public record InventoryShortage(Instant at, String item, String plant, BigDecimal shortBy, String unit,
        LocalDate from) implements TaktEvent {
}
