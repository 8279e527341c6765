package dev.takt.domain.capacity;

/**
 * What a work's hours measure.
 *
 * <p>Odoo's expected duration of a work order is already clock time on its work center: Odoo divides the cycle
 * time by the time efficiency ({@code duration_expected = setup + cleanup + cycles x time_cycle x 100 /
 * time_efficiency}). A planner may give either.
 */
public enum HoursBasis {
    /** Wall-clock hours the work center is occupied (efficiency already applied). */
    CLOCK,
    /** Standard hours of work: at 80 % efficiency one standard hour takes 1.25 clock hours. */
    STANDARD
}
