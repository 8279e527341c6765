package dev.takt.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code WorkCenter.load} against the sandbox: capacity comes from the Odoo calendar (checked against the
 * attendances read through the API for a week without absences), and the Odoo calls do not grow with the number
 * of work centers.
 */
class WorkCenterLoadIT extends TaktIT {

    static final String LOAD = """
            query($first: Int, $from: DateTime!, $to: DateTime!) {
              workCenters(first: $first) { nodes { name load(from: $from, to: $to, bucket: WEEK) {
                start end label partial scheduledHours capacityHours effectiveCapacityHours utilisation } } }
            }""";

    @Test
    void loadCostsTheSameOdooCallsForOneOrAllWorkCenters() {
        Map<String, Object> horizon = horizon(4);
        graphql(LOAD, with(horizon, 1));
        Sandbox.resetCalls();
        JsonPath one = graphql(LOAD, with(horizon, 1));
        assertNull(one.get("errors"), one::prettify);
        Map<String, Integer> forOne = perModel();

        Sandbox.resetCalls();
        JsonPath all = graphql(LOAD, with(horizon, 1000));
        assertNull(all.get("errors"), all::prettify);
        assertTrue(all.getList("data.workCenters.nodes").size() > 3);
        assertEquals(forOne, perModel());
        // work orders: the scheduled ones, and the durations of those the planner proposed (if its latest batch has any)
        int workOrderReads = forOne.remove("mrp.workorder");
        assertTrue(workOrderReads == 1 || workOrderReads == 2, "work-order reads: " + workOrderReads);
        assertEquals(Map.of("mrp.workcenter", 1, "resource.calendar", 1, "resource.calendar.attendance", 1,
                "resource.calendar.leaves", 1), forOne);
    }

    @Test
    void capacityOfAWeekWithoutAbsencesIsTheSumOfTheAttendances() {
        JsonPath calendar = graphql("{ workCenters(first: 1) { nodes { efficiencyPercent calendar { timeZone "
                + "attendances { hourFrom hourTo weekType validFrom validTo } leaves { from to absence } } } } }");
        String zone = calendar.getString("data.workCenters.nodes[0].calendar.timeZone");
        List<Map<String, Object>> attendances = calendar.getList("data.workCenters.nodes[0].calendar.attendances");
        assertTrue(attendances.stream().allMatch(a -> a.get("weekType") == null && a.get("validFrom") == null
                && a.get("validTo") == null), "a plain weekly calendar: " + attendances);
        double weekly = attendances.stream()
                .mapToDouble(a -> ((Number) a.get("hourTo")).doubleValue() - ((Number) a.get("hourFrom")).doubleValue())
                .sum();
        List<Map<String, Object>> leaves = calendar.getList("data.workCenters.nodes[0].calendar.leaves");

        LocalDate monday = LocalDate.now(ZoneId.of(zone)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int week = 0; week < 12; week++, monday = monday.plusWeeks(1)) {
            Instant from = monday.atStartOfDay(ZoneId.of(zone)).toInstant();
            Instant to = monday.plusWeeks(1).atStartOfDay(ZoneId.of(zone)).toInstant();
            boolean absence = leaves.stream().anyMatch(l -> Boolean.TRUE.equals(l.get("absence"))
                    && Instant.parse((String) l.get("from")).isBefore(to)
                    && Instant.parse((String) l.get("to")).isAfter(from));
            if (absence) {
                continue;
            }
            JsonPath load = graphql(LOAD, Map.of("first", 1, "from", from.toString(), "to", to.toString()));
            List<Map<String, Object>> buckets = load.getList("data.workCenters.nodes[0].load");
            assertEquals(1, buckets.size(), load::prettify);
            assertFalse((Boolean) buckets.get(0).get("partial"));
            assertEquals(weekly, ((Number) buckets.get(0).get("capacityHours")).doubleValue(), 1e-6);
            double efficiency = calendar.getDouble("data.workCenters.nodes[0].efficiencyPercent") / 100.0;
            assertEquals(weekly * efficiency, ((Number) buckets.get(0).get("effectiveCapacityHours")).doubleValue(),
                    1e-6);
            return;
        }
        throw new AssertionError("no week without absences in 12 weeks: " + leaves);
    }

    @Test
    void thePlannersWorkOrderProposalsArePlannedLoad() {
        JsonPath orders = graphql("{ manufacturingOrders(state: [CONFIRMED], first: 20) { nodes { name "
                + "workOrders { id state expectedMinutes } } } }");
        Map<String, Object> mo = orders.<Map<String, Object>>getList("data.manufacturingOrders.nodes").stream()
                .filter(o -> !((List<?>) o.get("workOrders")).isEmpty()).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> wo = ((List<Map<String, Object>>) mo.get("workOrders")).get(0);
        double hours = ((Number) wo.get("expectedMinutes")).doubleValue() / 60.0;
        Map<String, Object> horizon = horizon(4);
        Instant start = Instant.parse((String) horizon.get("from")).plus(Duration.ofDays(8)).plus(Duration.ofHours(7));
        JsonPath submitted = graphql("""
                mutation($p: [ScheduleProposalInput]!) { submitSchedule(proposals: $p) { accepted { line }
                  rejected { reason } } }""", Map.of("p", List.of(Map.of("manufacturingOrder", mo.get("name"),
                "workOrderId", ((Number) wo.get("id")).longValue(), "plannedStart", start.toString(),
                "plannedFinish", start.plus(Duration.ofHours(8)).toString()))));
        assertEquals(1, submitted.getList("data.submitSchedule.accepted").size(), submitted::prettify);

        JsonPath load = graphql("query($first: Int, $from: DateTime!, $to: DateTime!) { workCenters(first: $first) "
                + "{ nodes { load(from: $from, to: $to) { plannedHours } } } }", with(horizon, 1000));
        assertNull(load.get("errors"), load::prettify);
        double planned = load.<Number>getList("data.workCenters.nodes.load.flatten().plannedHours").stream()
                .mapToDouble(Number::doubleValue).sum();
        assertEquals(hours, planned, 0.01, "the proposed work order's expected duration, once");
    }

    @Test
    void anEmptyHorizonIsABadArgument() {
        JsonPath result = graphql(LOAD, Map.of("first", 1, "from", "2026-12-10T00:00:00Z",
                "to", "2026-12-01T00:00:00Z"));
        assertEquals("BAD_ARGUMENT", result.getString("errors[0].extensions.code"), result::prettify);
        assertEquals("to", result.getString("errors[0].extensions.argument"));
    }

    private static Map<String, Object> horizon(int weeks) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Map.of("from", monday.atStartOfDay(ZoneId.of("UTC")).toInstant().toString(),
                "to", monday.plusWeeks(weeks).atStartOfDay(ZoneId.of("UTC")).toInstant().toString());
    }

    private static Map<String, Object> with(Map<String, Object> horizon, int first) {
        Map<String, Object> variables = new TreeMap<>(horizon);
        variables.put("first", first);
        return variables;
    }

    private static Map<String, Integer> perModel() {
        Map<String, Integer> perModel = new TreeMap<>();
        for (Map<String, Object> call : Sandbox.calls().<Map<String, Object>>getList("calls")) {
            perModel.merge((String) call.get("model"), 1, Integer::sum);
        }
        return perModel;
    }
}
