package dev.takt.federation;

/** The planner (or Takt's own planning store) could not be read; Odoo-owned figures are unaffected. */
public class PlannerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlannerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
