package dev.takt.domain.uom;

/** A quantity cannot be converted between two units: one is unknown, or they measure different things. */
public final class UnitConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    UnitConversionException(String from, String to, String reason) {
        super("cannot convert from '" + from + "' to '" + to + "': " + reason);
        this.from = from;
        this.to = to;
    }

    /** The unit converted from. */
    public String from() {
        return from;
    }

    /** The unit converted to. */
    public String to() {
        return to;
    }
}
