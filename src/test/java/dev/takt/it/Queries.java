package dev.takt.it;

/** GraphQL documents shared by the integration tests and the benchmarks. */
public final class Queries {

    /**
     * The nested dashboard query: manufacturing orders → item → stock, BoM → lines → component,
     * work orders → work center. Variable {@code n}: number of orders.
     */
    public static final String DASHBOARD = """
            query($n: Int) {
              manufacturingOrders(first: $n) {
                nodes {
                  id name state scheduledStart
                  item { code name stock { location onHand reserved available } }
                  bom { lines { quantity component { code } } }
                  workOrders { name state workCenter { name } }
                }
              }
            }""";

    /** Submits a forecast (variable {@code input}) and selects the whole reply. */
    public static final String SUBMIT_FORECAST = """
            mutation($input: ForecastSubmissionInput!) {
              submitForecast(input: $input) {
                version state
                accepted { line item location bucketStart bucketEnd bucket quantity unit }
                rejected { line field reason }
              }
            }""";

    private Queries() {
    }
}
