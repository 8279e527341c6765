package dev.takt.odoo;

import dev.takt.domain.IdempotencyKey;
import dev.takt.domain.Priority;
import dev.takt.domain.ReleaseManufacturingOrder;
import dev.takt.domain.ReleaseOutcome;
import dev.takt.domain.ReleasePurchaseOrder;
import dev.takt.domain.ReleasedOrder;
import dev.takt.domain.ReorderRuleOutcome;
import dev.takt.domain.ReorderRuleUpdate;
import dev.takt.domain.ScheduleChange;
import dev.takt.domain.ScheduleField;
import dev.takt.domain.ScheduleOutcome;
import dev.takt.domain.ScheduleTarget;
import dev.takt.domain.ScheduledValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The {@link OdooCommands} over Odoo's JSON-RPC {@code execute_kw}, through the fault-tolerant {@link OdooRpc}.
 *
 * <p>Calls per command: a release costs one {@code search_read} (the key's record), then for a new order one
 * {@code create} and one {@code read}, plus one {@code action_confirm}/{@code button_confirm} and one {@code read}
 * when confirming (and one {@code read} of the warehouse when a warehouse is given); a schedule change costs one
 * {@code read}, plus one {@code write} and one {@code read} when applied; a reorder rule update likewise. Reads
 * and the reorder rule's absolute write are retried by {@link OdooRpc#executeKw}; creates, confirmations and
 * schedule writes are sent once ({@link OdooRpc#executeOnce}) and settled by reading Odoo again when their reply
 * is lost.
 */
@ApplicationScoped
public class JsonRpcOdooCommands implements OdooCommands {

    /** What precedes the idempotency key in a created record's {@code origin}. */
    static final String ORIGIN_PREFIX = "TAKT:";

    private static final Logger LOG = Logger.getLogger(JsonRpcOdooCommands.class.getName());
    private static final Pattern ORIGIN_TOKENS = Pattern.compile("[\\s,]+");
    private static final OdooValue<Priority> PRIORITY = OdooValues.selection(Priority.class,
            OdooRecordMapper.PRIORITIES);
    private static final Set<String> MO_CONFIRMED = Set.of("confirmed", "progress", "to_close", "done");
    private static final Set<String> PO_DRAFT = Set.of("draft", "sent");
    private static final Set<String> PO_CONFIRMED = Set.of("purchase", "done");

    private OdooCalls calls;

    /** For CDI's proxies only. */
    protected JsonRpcOdooCommands() {
    }

    @Inject
    public JsonRpcOdooCommands(OdooRpc rpc, OdooConnectorConfig config) {
        this.calls = new OdooCalls(rpc, config);
    }

    // ---- releases ---------------------------------------------------------------------------------------------

    /** The kind of order released: its model, how to confirm it, and which states mean what. */
    private record OrderKind(String model, String label, String confirmMethod, Set<String> draftStates,
            Set<String> confirmedStates) {
    }

    private static final OrderKind MANUFACTURING = new OrderKind("mrp.production", "manufacturing order",
            "action_confirm", Set.of("draft"), MO_CONFIRMED);
    private static final OrderKind PURCHASE = new OrderKind("purchase.order", "purchase order", "button_confirm",
            PO_DRAFT, PO_CONFIRMED);

    /** An order as read back: id, reference and state. */
    private record Order(long id, String name, String state) {
    }

    @Override
    public ReleasedOrder releaseManufacturingOrder(ReleaseManufacturingOrder command) {
        OdooDialect dialect = calls.dialect();
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("product_id", command.itemId());
        vals.put("product_qty", command.quantity());
        if (command.uomId() != null) {
            vals.put("product_uom_id", command.uomId());
        }
        if (command.bomId() != null) {
            vals.put("bom_id", command.bomId());
        }
        vals.put(dialect.productionScheduledStart(), datetime(command.start()));
        if (command.deadline() != null) {
            vals.put("date_deadline", datetime(command.deadline()));
        }
        Long pickingType = command.pickingTypeId() != null ? command.pickingTypeId()
                : command.warehouseId() != null ? warehouseOperationType(command.warehouseId(), "manu_type_id",
                        "manufacturing") : null;
        if (pickingType != null) {
            vals.put("picking_type_id", pickingType);
        }
        vals.put("origin", origin(command.idempotencyKey(), command.originNote()));
        return release(MANUFACTURING, command.idempotencyKey(), vals, command.confirm());
    }

    @Override
    public ReleasedOrder releasePurchaseOrder(ReleasePurchaseOrder command) {
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("partner_id", command.vendorId());
        if (command.warehouseId() != null) {
            vals.put("picking_type_id", warehouseOperationType(command.warehouseId(), "in_type_id", "receipt"));
        }
        vals.put("origin", origin(command.idempotencyKey(), command.originNote()));
        List<Object> lines = new ArrayList<>();
        for (ReleasePurchaseOrder.Line line : command.lines()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("product_id", line.itemId());
            values.put("product_qty", line.quantity());
            values.put("date_planned", datetime(line.plannedDate()));
            if (line.unitPrice() != null) {
                values.put("price_unit", line.unitPrice());
            }
            lines.add(List.of(0, 0, values)); // Odoo's x2many command "create"
        }
        vals.put("order_line", lines);
        return release(PURCHASE, command.idempotencyKey(), vals, command.confirm());
    }

    private ReleasedOrder release(OrderKind kind, IdempotencyKey key, Map<String, Object> vals, boolean confirm) {
        Order order = findByKey(kind, key);
        ReleaseOutcome outcome = ReleaseOutcome.ALREADY_EXISTED;
        if (order == null) {
            order = create(kind, key, vals);
            outcome = ReleaseOutcome.CREATED;
        }
        if (confirm && kind.draftStates().contains(order.state())) {
            order = confirm(kind, order);
        }
        return new ReleasedOrder(order.id(), order.name(), outcome, kind.confirmedStates().contains(order.state()));
    }

    /** The record the key created, or null: see {@link OdooCommands} for the rule. */
    private Order findByKey(OrderKind kind, IdempotencyKey key) {
        String token = ORIGIN_PREFIX + key.value();
        JsonArray domain = OdooDomain.toJson(OdooDomain.leaf("origin", "ilike", token));
        JsonArray rows = calls.searchRead(kind.model(), domain, List.of("id", "name", "state", "origin"), 0,
                "id asc", true);
        List<JsonObject> matching = new ArrayList<>();
        for (JsonValue row : rows) {
            String origin = OdooJson.string(row.asJsonObject(), "origin");
            if (origin != null && List.of(ORIGIN_TOKENS.split(origin.strip())).contains(token)) {
                matching.add(row.asJsonObject());
            }
        }
        if (matching.isEmpty()) {
            return null;
        }
        if (matching.size() > 1) {
            LOG.warning(() -> matching.size() + " " + kind.label() + "s in " + calls.odoo() + " carry " + token
                    + "; the oldest (id " + matching.get(0).getJsonNumber("id") + ") is the one the key created");
        }
        return order(matching.get(0));
    }

    private Order create(OrderKind kind, IdempotencyKey key, Map<String, Object> vals) {
        long id;
        try {
            JsonValue result = calls.executeOnce(kind.model(), "create", OdooJson.array(vals), Map.of());
            if (!(result instanceof JsonNumber number)) {
                throw new OdooRejectedException("Odoo answered " + kind.model() + "/create with "
                        + OdooCalls.abbreviate(result) + " instead of the new record's id", null, false);
            }
            id = number.longValue();
        } catch (OdooOutcomeUnknownException lost) {
            Order created;
            try {
                created = findByKey(kind, key);
            } catch (OdooUnavailableException | OdooRejectedException e) {
                lost.addSuppressed(e);
                throw unknown(kind, key, "could not look for it afterwards", lost);
            }
            if (created == null) {
                throw unknown(kind, key, "it is not there (yet)", lost);
            }
            LOG.info(() -> "The reply to creating the " + kind.label() + " for " + ORIGIN_PREFIX + key
                    + " was lost; Odoo had created it (id " + created.id() + ")");
            return created;
        }
        return read(kind, id);
    }

    private OdooOutcomeUnknownException unknown(OrderKind kind, IdempotencyKey key, String why,
            OdooOutcomeUnknownException cause) {
        return new OdooOutcomeUnknownException(calls.odoo() + " may or may not have created the " + kind.label()
                + " for " + ORIGIN_PREFIX + key + ": the reply was lost (" + cause.getMessage() + ") and " + why
                + ". Sending the command again with the same key is safe once Odoo's longest request time has "
                + "passed.", cause);
    }

    private Order confirm(OrderKind kind, Order order) {
        try {
            calls.executeOnce(kind.model(), kind.confirmMethod(), OdooJson.array(List.of(order.id())), Map.of());
        } catch (OdooOutcomeUnknownException lost) {
            Order now = read(kind, order.id());
            if (kind.draftStates().contains(now.state())) {
                throw new OdooOutcomeUnknownException(calls.odoo() + " may or may not have confirmed "
                        + kind.label() + " " + order.name() + ": the reply was lost (" + lost.getMessage()
                        + ") and it is still a draft. Sending the command again is safe.", lost);
            }
            return now;
        }
        return read(kind, order.id());
    }

    private Order read(OrderKind kind, long id) {
        JsonObject row = calls.read(kind.model(), List.of(id), List.of("name", "state")).get(id);
        if (row == null) {
            throw new OdooRejectedException("The " + kind.label() + " " + id + " is no longer in " + calls.odoo()
                    + " (deleted while it was being released)", OdooErrorClassifier.MISSING_ERROR, false);
        }
        return order(row);
    }

    private static Order order(JsonObject row) {
        return new Order(row.getJsonNumber("id").longValue(), OdooJson.string(row, "name"),
                OdooJson.string(row, "state"));
    }

    /** The warehouse's operation type for manufacturing ({@code manu_type_id}) or receipts ({@code in_type_id}). */
    private long warehouseOperationType(long warehouseId, String field, String what) {
        JsonObject warehouse = calls.read("stock.warehouse", List.of(warehouseId), List.of(field)).get(warehouseId);
        Long type = warehouse == null ? null : OdooValues.MANY2ONE_ID.read(warehouse.get(field));
        if (type == null) {
            throw new OdooRejectedException(warehouse == null ? "Warehouse " + warehouseId + " does not exist in "
                    + calls.odoo() : "Warehouse " + warehouseId + " has no " + what + " operation type in "
                    + calls.odoo(), OdooErrorClassifier.MISSING_ERROR, false);
        }
        return type;
    }

    /** {@code TAKT:<key>}, then a space and the note when there is one. */
    static String origin(IdempotencyKey key, String note) {
        return ORIGIN_PREFIX + key.value() + (note == null ? "" : " " + note);
    }

    // ---- schedules --------------------------------------------------------------------------------------------

    /** Where a schedule target's values live in the dialect connected to. */
    private record ScheduleFields(String model, String start, String finish, String workCenter, String priority) {
        List<String> read() {
            List<String> fields = new ArrayList<>(List.of("write_date", start, finish));
            if (workCenter != null) {
                fields.add(workCenter);
            }
            if (priority != null) {
                fields.add(priority);
            }
            return fields;
        }
    }

    private ScheduleFields scheduleFields(ScheduleTarget target) {
        OdooDialect dialect = calls.dialect();
        return target.kind() == ScheduleTarget.Kind.MANUFACTURING_ORDER
                ? new ScheduleFields("mrp.production", dialect.productionScheduledStart(),
                        dialect.productionScheduledFinish(), null, "priority")
                : new ScheduleFields("mrp.workorder", dialect.workOrderScheduledStart(),
                        dialect.workOrderScheduledFinish(), "workcenter_id", null);
    }

    /** A schedulable record as read: its values and {@code write_date}. */
    private record Scheduled(ScheduledValues values, Instant updatedAt) {
    }

    @Override
    public ScheduleOutcome applySchedule(ScheduleChange change) {
        return schedule(change, false);
    }

    @Override
    public ScheduleOutcome previewSchedule(ScheduleChange change) {
        return schedule(change, true);
    }

    private ScheduleOutcome schedule(ScheduleChange change, boolean dryRun) {
        ScheduleTarget target = change.target();
        ScheduleFields fields = scheduleFields(target);
        Scheduled before = readScheduled(fields, target.id());
        if (before == null) {
            return new ScheduleOutcome(ScheduleOutcome.Status.MISSING, target, null, null, Set.of());
        }
        Set<ScheduleField> differences = change.differencesFrom(before.values());
        if (differences.isEmpty()) {
            return outcome(ScheduleOutcome.Status.UNCHANGED, target, before, Set.of());
        }
        if (!change.expectedUpdatedAt().equals(before.updatedAt())) {
            return outcome(ScheduleOutcome.Status.CONFLICT, target, before, differences);
        }
        if (dryRun) {
            return outcome(ScheduleOutcome.Status.WOULD_APPLY, target, before, differences);
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        for (ScheduleField field : differences) {
            switch (field) {
                case START -> vals.put(fields.start(), datetime(change.newStart()));
                case FINISH -> vals.put(fields.finish(), datetime(change.newFinish()));
                case WORK_CENTER -> vals.put(fields.workCenter(), change.workCenterId());
                case PRIORITY -> vals.put(fields.priority(), PRIORITY.write(change.priority()));
            }
        }
        try {
            calls.executeOnce(fields.model(), "write", OdooJson.array(List.of(target.id()), vals), Map.of());
        } catch (OdooOutcomeUnknownException lost) {
            Scheduled now = readScheduled(fields, target.id());
            if (now == null || !change.differencesFrom(now.values()).isEmpty()) {
                throw new OdooOutcomeUnknownException(calls.odoo() + " may or may not have written the schedule of "
                        + target + ": the reply was lost (" + lost.getMessage() + ") and it does not have the new "
                        + "values. Sending the change again is safe.", lost);
            }
            return outcome(ScheduleOutcome.Status.APPLIED, target, now, differences);
        }
        Scheduled after = readScheduled(fields, target.id());
        if (after == null) {
            return new ScheduleOutcome(ScheduleOutcome.Status.MISSING, target, null, null, Set.of());
        }
        return outcome(ScheduleOutcome.Status.APPLIED, target, after, differences);
    }

    private static ScheduleOutcome outcome(ScheduleOutcome.Status status, ScheduleTarget target, Scheduled record,
            Set<ScheduleField> differences) {
        return new ScheduleOutcome(status, target, record.updatedAt(), record.values(), differences);
    }

    private Scheduled readScheduled(ScheduleFields fields, long id) {
        JsonObject row = calls.read(fields.model(), List.of(id), fields.read()).get(id);
        if (row == null) {
            return null;
        }
        ScheduledValues values = new ScheduledValues(OdooValues.DATETIME_UTC.read(row.get(fields.start())),
                OdooValues.DATETIME_UTC.read(row.get(fields.finish())),
                fields.workCenter() == null ? null : OdooValues.MANY2ONE_ID.read(row.get(fields.workCenter())),
                fields.priority() == null ? null : PRIORITY.read(row.get(fields.priority())));
        return new Scheduled(values, OdooValues.DATETIME_UTC.read(row.get("write_date")));
    }

    // ---- reorder rules ----------------------------------------------------------------------------------------

    private static final String ORDERPOINT = "stock.warehouse.orderpoint";

    @Override
    public ReorderRuleOutcome updateReorderRule(ReorderRuleUpdate update) {
        List<String> fields = List.of("product_min_qty", "product_max_qty", "write_date");
        JsonObject row = calls.read(ORDERPOINT, List.of(update.ruleId()), fields).get(update.ruleId());
        if (row == null) {
            return new ReorderRuleOutcome(update.ruleId(), ReorderRuleOutcome.Status.MISSING, null);
        }
        Double min = OdooValues.DECIMAL.read(row.get("product_min_qty"));
        Double max = OdooValues.DECIMAL.read(row.get("product_max_qty"));
        if (min != null && max != null && min == update.minimum() && max == update.maximum()) {
            return new ReorderRuleOutcome(update.ruleId(), ReorderRuleOutcome.Status.UNCHANGED,
                    OdooValues.DATETIME_UTC.read(row.get("write_date")));
        }
        calls.execute(ORDERPOINT, "write", OdooJson.array(List.of(update.ruleId()), Map.of(
                "product_min_qty", update.minimum(), "product_max_qty", update.maximum())), Map.of());
        JsonObject after = calls.read(ORDERPOINT, List.of(update.ruleId()), List.of("write_date"))
                .get(update.ruleId());
        return new ReorderRuleOutcome(update.ruleId(), ReorderRuleOutcome.Status.APPLIED,
                after == null ? null : OdooValues.DATETIME_UTC.read(after.get("write_date")));
    }

    private static String datetime(Instant instant) {
        return (String) OdooValues.DATETIME_UTC.write(instant);
    }
}
