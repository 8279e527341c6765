package dev.takt.it;

import org.junit.jupiter.api.Assumptions;

/** Which planning adapter the IT server runs with: the {@code frepple-it} execution says {@code frepple}. */
final class FreppleAdapter {

    private FreppleAdapter() {
    }

    /** Skips the test unless the server plans with frePPLe (e.g. a *FreppleIT picked by -Dit.test). */
    static void requireFrepple() {
        Assumptions.assumeTrue("frepple".equals(System.getProperty("takt.it.planning.adapter")),
                "needs the frepple-it execution (takt.planning.adapter=frepple)");
    }
}
