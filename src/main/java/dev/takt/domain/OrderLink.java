package dev.takt.domain;

/**
 * The order a planning exception is about: an Odoo record (model and id, e.g. {@code mrp.production} 42) and/or a
 * reference people know (an MO's name, a planned order's line, an idempotency key).
 *
 * @param model     the Odoo model, or null when only a reference is known
 * @param odooId    the Odoo id, or null
 * @param reference a human reference, or null
 */
public record OrderLink(String model, Long odooId, String reference) {

    public OrderLink {
        model = Text.clip(model, 64);
        reference = Text.clip(reference, 200);
        if (odooId != null && odooId < 1) {
            throw new IllegalArgumentException("odoo id " + odooId + " is not an id");
        }
        if (model == null && odooId == null && reference == null) {
            throw new IllegalArgumentException("an order link needs a model and id or a reference");
        }
    }
}
