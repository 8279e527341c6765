/**
 * Units of measure and explicit conversion between them.
 *
 * <p>Owns: the conversion rule (units of one category, each with a factor relative to the category's reference
 * unit, as Odoo's {@code uom.uom} defines them) and its refusals: a unit nobody described, or two units of different
 * categories, is an error that names both units — never a silent 1:1.
 *
 * <p>Must not know: where the units come from (the connector reads them), rounding for display or for writing back
 * (the system of record applies its own), or any item or order.
 */
package dev.takt.domain.uom;
