package dev.takt.odoo;

import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleOutcome;

/**
 * The port through which Takt changes the system of execution (Odoo), in Takt's own language: it releases planned
 * orders, applies planners' schedules and updates reorder rules. Meant to be driven by a durable outbox that may
 * send the same command more than once (after a crash, a timeout, a lost reply); every command is safe to repeat.
 *
 * <h2>Idempotency at the target</h2>
 * Odoo has no idempotency keys, so the key travels in the record itself:
 * <ul>
 *   <li>Every order Takt creates carries {@code TAKT:<key>} at the start of its {@code origin} (source document),
 *       followed by a space and the human note when there is one: {@code TAKT:plan-v12-line-37 Plan v12, line
 *       37}. The key's characters ({@link dev.takt.domain.IdempotencyKey}) keep it one token.</li>
 *   <li><b>The rule</b>: a record belongs to key {@code K} when its {@code origin}, split at commas and white space,
 *       holds the token {@code TAKT:K} exactly (case-sensitive). Odoo is asked with
 *       {@code origin ilike 'TAKT:K'} (a case-insensitive substring, so also found when Odoo or a person added
 *       text before or after it, e.g. a reorder rule's {@code OP/00012, } merged into an RFQ's origin), and the
 *       token is then checked exactly, so {@code TAKT:K1} never matches {@code TAKT:K10}. When several records
 *       match, the oldest (lowest id) is the one the key created.</li>
 *   <li>Before creating, the command looks for the key's record and returns it ({@code ALREADY_EXISTED}) instead
 *       of creating a second one.</li>
 *   <li>{@code create} is sent once, never retried blindly ({@link OdooRpc#executeOnce}). When its reply is lost
 *       after it was sent (connection cut, no answer in time), Odoo may have created the record: the command looks
 *       for the key's record again at once. Found: that is the record it created ({@code CREATED}). Not found: the
 *       outcome is unknown ({@link OdooOutcomeUnknownException}): Odoo may still be working on the request. The
 *       next attempt with the same key, made after Odoo's longest request time, finds the record if Odoo created
 *       it, and creates it otherwise.</li>
 *   <li>Confirming ({@code action_confirm} for manufacturing orders, {@code button_confirm} for purchase orders)
 *       happens only when the order is still a draft, so a repeated command never confirms twice; its lost reply
 *       is settled by reading the order's state.</li>
 * </ul>
 * A key's first use decides what it stands for: a later command with the same key and other values returns the
 * order created the first time, unchanged (the outbox's ledger guarantees one payload per key). The check before
 * the create and the create are two calls: two attempts with the same key at the same moment could both create;
 * the outbox's per-aggregate ordering and leases keep one attempt per key in flight.
 *
 * <h2>Schedules</h2>
 * {@link #applySchedule} reads the record's {@code write_date} and scheduling fields, compares, and writes only the
 * fields that differ, with the field names of the Odoo version connected to (16: {@code date_planned_start} …).
 * The comparison and the write are two calls: a change made by someone else in between is overwritten (the window
 * is one round trip; Odoo's external API offers no conditional write).
 *
 * <p>Failures: {@link OdooRejectedException} (Odoo refused: validation, access rights, a missing item or vendor;
 * the same command will fail again), {@link OdooUnavailableException} (Odoo could not be reached; the command was
 * not carried out, try again) and its subclass {@link OdooOutcomeUnknownException} (see above).
 */
public interface OdooCommands {

    /**
     * Creates the manufacturing order of a planned production order, once per idempotency key, and confirms it when
     * asked and still a draft. A repeated command returns the order the key created ({@code ALREADY_EXISTED}),
     * confirming it if that was asked and not done yet.
     */
    ReleasedOrder releaseManufacturingOrder(ReleaseManufacturingOrder command);

    /**
     * Creates a request for quotation with one line per item, once per idempotency key, and confirms it into a
     * purchase order when asked and still a draft (Odoo may put it in "to approve" instead, when purchases need a
     * second approval). A repeated command returns the order the key created.
     */
    ReleasedOrder releasePurchaseOrder(ReleasePurchaseOrder command);

    /**
     * Applies a planner's schedule to a manufacturing order or work order if the record is still as the planner
     * saw it:
     * <ul>
     *   <li>the record is gone → {@code MISSING};</li>
     *   <li>its values already are those asked for → {@code UNCHANGED}, whatever its {@code write_date} (so that a
     *       change whose reply was lost is not reported as a conflict with itself when repeated);</li>
     *   <li>its {@code write_date} differs from {@code expectedUpdatedAt} → {@code CONFLICT}, nothing written, with
     *       the current values and {@code write_date} to re-plan from;</li>
     *   <li>otherwise the fields that differ, and only those, are written → {@code APPLIED} with the values and
     *       {@code write_date} read back after the write (Odoo moves a manufacturing order's end with its start,
     *       and a work order's end along its work center's calendar).</li>
     * </ul>
     */
    ScheduleOutcome applySchedule(ScheduleChange change);

    /**
     * A dry run of {@link #applySchedule}: the same reading and comparison, and {@code WOULD_APPLY} with the fields
     * that would be written instead of writing them. Nothing is written to Odoo.
     */
    ScheduleOutcome previewSchedule(ScheduleChange change);

    /**
     * Sets a reorder rule's minimum and maximum: {@code UNCHANGED} when it already has them, {@code MISSING} when it
     * is gone, else {@code APPLIED}. Writing absolute values is naturally idempotent, so this write may be retried.
     */
    ReorderRuleOutcome updateReorderRule(ReorderRuleUpdate update);
}
