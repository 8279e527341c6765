package dev.takt.sandbox.frepple;

import dev.takt.sandbox.frepple.FreppleField.Type;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.takt.sandbox.frepple.FreppleField.choice;
import static dev.takt.sandbox.frepple.FreppleField.fk;
import static dev.takt.sandbox.frepple.FreppleField.of;

/**
 * The entities of frePPLe 7.3's REST API that the sandbox serves, with their fields in the order frePPLe writes
 * them (taken from the recorded replies; the five entities the recordings only show empty — {@code skill},
 * {@code resourceskill}, {@code setupmatrix}, {@code setuprule}, {@code suboperation} — and {@code bucket} follow
 * the same conventions but their field lists are the sandbox's best guess).
 */
final class FreppleSchema {

    /** Demand statuses. */
    static final String[] DEMAND_STATUS = {"inquiry", "quote", "open", "closed", "canceled"};
    /** Operationplan (order) statuses. */
    static final String[] ORDER_STATUS = {"proposed", "approved", "confirmed", "completed", "closed"};
    /** The order entities: they share one reference space, like frePPLe's operationplan table. */
    static final List<String> ORDERS = List.of("manufacturingorder", "purchaseorder", "distributionorder",
            "deliveryorder");

    private static final String[] SEARCH = {"PRIORITY", "MINCOST", "MINPENALTY", "MINCOSTPENALTY"};
    private static final BigDecimal ONE = new BigDecimal("1");
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private static final Map<String, FreppleEntity> ENTITIES = new LinkedHashMap<>();

    static {
        input("item", "name", s("name").req(), fk("owner", "item"), s("description"), s("category"),
                s("subcategory"), d("cost"), d("volume"), d("weight"), i("periodofcover").ro(), s("uom"),
                choice("type", null, "make to stock", "make to order"), s("source"), lastmodified(),
                i("latedemandcount").ro(), d("latedemandquantity").ro(), d("latedemandvalue").ro(),
                i("unplanneddemandcount").ro(), d("unplanneddemandquantity").ro(), d("unplanneddemandvalue").ro());
        input("location", "name", s("name").req(), fk("owner", "location"), s("description"), s("category"),
                s("subcategory"), fk("available", "calendar"), s("source"), lastmodified());
        input("customer", "name", s("name").req(), fk("owner", "customer"), s("description"), s("category"),
                s("subcategory"), s("source"), lastmodified());
        input("supplier", "name", s("name").req(), fk("owner", "supplier"), s("description"), s("category"),
                s("subcategory"), fk("available", "calendar"), s("source"), lastmodified());
        input("calendar", "name", s("name").req(), s("description"), s("category"), s("subcategory"),
                d("defaultvalue").def(ZERO), s("source"), lastmodified());
        input("calendarbucket", "id", id(), fk("calendar", "calendar").req(), dt("startdate"), dt("enddate"),
                d("value").def(ZERO), i("priority").def(0L), b("monday"), b("tuesday"), b("wednesday"),
                b("thursday"), b("friday"), b("saturday"), b("sunday"),
                of("starttime", Type.TIME).def(LocalTime.MIDNIGHT), of("endtime", Type.TIME)
                        .def(LocalTime.of(23, 59, 59)), s("source"), lastmodified());
        input("resource", "name", s("name").req(), s("description"), s("category"), s("subcategory"),
                choice("type", "default", "default", "buckets", "buckets_day", "buckets_week", "buckets_month",
                        "infinite"),
                d("maximum").def(ONE), fk("maximum_calendar", "calendar"), fk("available", "calendar"),
                fk("location", "location"), fk("owner", "resource"), d("cost"), dur("maxearly"),
                fk("setupmatrix", "setupmatrix"), s("setup"), d("efficiency"), fk("efficiency_calendar", "calendar"),
                of("constrained", Type.BOOLEAN), s("source"), lastmodified(), i("overloadcount").ro());
        input("operation", "name", s("name").req(), choice("type", "fixed_time", "fixed_time", "time_per", "routing",
                "alternate", "split"), s("description"), s("category"), s("subcategory"), fk("item", "item"),
                fk("location", "location").req(), dur("fence"), dur("posttime"), d("sizeminimum").def(ONE),
                d("sizemultiple"), d("sizemaximum"), fk("owner", "operation"), i("priority").def(1L),
                dt("effective_start"), dt("effective_end"), fk("available", "calendar"), d("cost"), dur("duration"),
                dur("duration_per"), choice("search", null, SEARCH), s("source"), lastmodified());
        input("operationmaterial", "id", id(), fk("operation", "operation").req(), fk("item", "item").req(),
                d("quantity").def(ONE), d("quantity_fixed"), d("transferbatch"), dur("offset"),
                choice("type", "start", "start", "end", "transfer_batch"), dt("effective_start"), dt("effective_end"),
                s("name"), i("priority").def(1L), choice("search", null, SEARCH), s("source"), lastmodified());
        input("operationresource", "id", id(), fk("operation", "operation").req(), fk("resource", "resource").req(),
                fk("skill", "skill"), d("quantity").def(ONE), d("quantity_fixed"), dt("effective_start"),
                dt("effective_end"), s("name"), i("priority").def(1L), s("setup"), choice("search", null, SEARCH),
                s("source"), lastmodified());
        input("buffer", "id", id(), s("description"), s("category"), s("subcategory"),
                choice("type", "default", "default", "infinite"), fk("location", "location").req(),
                fk("item", "item").req(), s("batch").def(""), d("onhand").def(ZERO), d("minimum").def(ZERO),
                fk("minimum_calendar", "calendar"), dur("min_interval"), s("source"), lastmodified());
        input("itemsupplier", "id", id(), fk("item", "item").req(), fk("location", "location"),
                fk("supplier", "supplier").req(), dur("leadtime"), d("sizeminimum").def(ONE), d("sizemultiple"),
                d("sizemaximum"), dur("batchwindow").def(Duration.ofDays(7)), d("cost"), i("priority").def(1L),
                dur("hard_safety_leadtime"), dur("extra_safety_leadtime"), dt("effective_start"), dt("effective_end"),
                s("source"), lastmodified());
        input("itemdistribution", "id", id(), fk("item", "item").req(), fk("location", "location").req(),
                fk("origin", "location").req(), dur("leadtime"), d("sizeminimum").def(ONE), d("sizemultiple"),
                d("sizemaximum"), dur("batchwindow").def(Duration.ofDays(7)), d("cost"), i("priority").def(1L),
                dt("effective_start"), dt("effective_end"), s("source"), lastmodified());
        input("demand", "name", s("name").req(), s("description"), s("category"), s("subcategory"),
                fk("item", "item").req(), fk("customer", "customer").req(), fk("location", "location").req(),
                dt("due").req(), choice("status", "open", DEMAND_STATUS), fk("operation", "operation"),
                d("quantity").def(ONE), i("priority").def(10L), s("batch"), dur("delay").ro(),
                d("plannedquantity").ro(), dt("deliverydate").ro(), plan(), d("minshipment"), dur("maxlateness"),
                fk("owner", "demand"), choice("policy", "independent", "independent", "alltogether", "inratio"));
        input("manufacturingorder", "reference", s("reference"), status(), fk("operation", "operation").req(),
                d("quantity").def(ONE), d("quantity_completed"), dt("startdate"), dt("enddate"), s("batch"),
                d("criticality").ro(), dur("delay").ro(), plan(), fk("owner", "manufacturingorder"), s("source"),
                lastmodified(), of("resources", Type.COMPUTED_LIST).ro(), of("materials", Type.COMPUTED_LIST).ro(),
                fk("demand", "demand"));
        input("purchaseorder", "reference", s("reference"), status(), fk("item", "item").req(),
                fk("supplier", "supplier").req(), fk("location", "location").req(), d("quantity").def(ONE),
                dt("startdate"), dt("enddate"), s("batch"), d("criticality").ro(), dur("delay").ro(), plan(),
                s("source"), lastmodified());
        input("distributionorder", "reference", s("reference"), status(), fk("item", "item").req(),
                fk("origin", "location").req(), fk("destination", "location").req(), d("quantity").def(ONE),
                dt("startdate"), dt("enddate"), s("batch"), d("criticality").ro(), dur("delay").ro(), plan(),
                s("source"), lastmodified());
        input("deliveryorder", "reference", s("reference"), status(), fk("demand", "demand"),
                fk("item", "item").req(), fk("location", "location").req(), d("quantity").def(ONE), dt("startdate"),
                dt("enddate"), dt("due").ro(), s("batch"), dur("delay").ro(), plan(), s("source"), lastmodified());
        input("operationplanmaterial", "id", id(), fk("operationplan", FreppleField.OPERATIONPLAN).req(),
                fk("item", "item").req(), fk("location", "location").req(), d("quantity").def(ZERO),
                d("onhand").ro(), dt("flowdate").req(), choice("status", "proposed", "proposed", "confirmed", "closed"),
                s("source"), lastmodified());
        input("operationplanresource", "id", id(), fk("operationplan", FreppleField.OPERATIONPLAN).req(),
                fk("resource", "resource").req(), d("quantity").def(ONE), dt("startdate"), dt("enddate"),
                choice("status", "proposed", "proposed", "confirmed", "closed"), s("setup"), s("source"),
                lastmodified());
        input("skill", "name", s("name").req(), s("source"), lastmodified());
        input("resourceskill", "id", id(), fk("resource", "resource").req(), fk("skill", "skill").req(),
                dt("effective_start"), dt("effective_end"), i("priority").def(1L), s("source"), lastmodified());
        input("setupmatrix", "name", s("name").req(), s("source"), lastmodified());
        input("setuprule", "id", id(), fk("setupmatrix", "setupmatrix").req(), s("fromsetup"), s("tosetup"),
                i("priority").def(0L), dur("duration"), d("cost"), s("source"), lastmodified());
        input("suboperation", "id", id(), fk("operation", "operation").req(), i("priority").def(1L),
                fk("suboperation", "operation").req(), dt("effective_start"), dt("effective_end"), s("source"),
                lastmodified());
        add(new FreppleEntity("parameter", "common", "name", List.of(s("name").req(), s("source"), lastmodified(),
                s("value"), s("description")), false));
        add(new FreppleEntity("bucket", "common", "name", List.of(s("name").req(), s("description"),
                i("level"), s("source"), lastmodified()), true));
    }

    private FreppleSchema() {
    }

    /** The entity served at {@code /api/<group>/<name>/}, or null. */
    static FreppleEntity entity(String group, String name) {
        FreppleEntity e = ENTITIES.get(name);
        return e != null && e.group().equals(group) ? e : null;
    }

    /** The entity of that name, or null. */
    static FreppleEntity entity(String name) {
        return ENTITIES.get(name);
    }

    /** Every entity, in declaration order. */
    static Collection<FreppleEntity> all() {
        return ENTITIES.values();
    }

    /** The fields (of any entity) that reference {@code target}, as entity → fields. */
    static Map<FreppleEntity, List<FreppleField>> referencing(String target) {
        Map<FreppleEntity, List<FreppleField>> out = new LinkedHashMap<>();
        boolean order = ORDERS.contains(target);
        for (FreppleEntity e : ENTITIES.values()) {
            for (FreppleField f : e.fields()) {
                if (f.type() == Type.FK && (f.target().equals(target)
                        || (order && f.target().equals(FreppleField.OPERATIONPLAN)))) {
                    out.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
                }
            }
        }
        return out;
    }

    private static void input(String name, String key, FreppleField... fields) {
        add(new FreppleEntity(name, "input", key, List.of(fields), true));
    }

    private static void add(FreppleEntity e) {
        ENTITIES.put(e.name(), e);
    }

    private static FreppleField s(String name) {
        return of(name, Type.STRING);
    }

    private static FreppleField d(String name) {
        return of(name, Type.DECIMAL);
    }

    private static FreppleField i(String name) {
        return of(name, Type.INTEGER);
    }

    private static FreppleField b(String name) {
        return of(name, Type.BOOLEAN).def(Boolean.TRUE);
    }

    private static FreppleField dt(String name) {
        return of(name, Type.DATETIME);
    }

    private static FreppleField dur(String name) {
        return of(name, Type.DURATION);
    }

    private static FreppleField id() {
        return of("id", Type.ID);
    }

    private static FreppleField lastmodified() {
        return of("lastmodified", Type.DATETIME).ro();
    }

    private static FreppleField plan() {
        return of("plan", Type.JSON).ro().def(Map.of());
    }

    private static FreppleField status() {
        return choice("status", "proposed", ORDER_STATUS);
    }
}
