package dev.takt.odoo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field names that differ between the Odoo versions Takt reads, for the fields it maps.
 *
 * <table>
 *   <caption>Differences handled</caption>
 *   <tr><th>what</th><th>16</th><th>17</th><th>18</th></tr>
 *   <tr><td>manufacturing order scheduled start / finish</td><td>{@code date_planned_start},
 *       {@code date_planned_finished} ({@code date_start}/{@code date_finished} are actuals)</td>
 *       <td colspan="2">{@code date_start}, {@code date_finished}</td></tr>
 *   <tr><td>work order scheduled start / finish</td><td>{@code date_planned_start},
 *       {@code date_planned_finished}</td><td colspan="2">{@code date_start}, {@code date_finished}</td></tr>
 *   <tr><td>storable product</td><td colspan="2">{@code type} = {@code product}</td>
 *       <td>{@code type} = {@code consu} and {@code is_storable}</td></tr>
 *   <tr><td>manufacturing lead time</td><td>{@code product.template.produce_delay}</td>
 *       <td colspan="2">{@code mrp.bom.produce_delay}</td></tr>
 *   <tr><td>calendar lunch breaks</td><td>none</td><td colspan="2">attendances with {@code day_period} =
 *       {@code lunch} (not working time)</td></tr>
 *   <tr><td>sales order "locked"</td><td>state {@code done}</td><td colspan="2">state stays {@code sale}
 *       (a separate {@code locked} flag)</td></tr>
 * </table>
 *
 * <p>Versions before 16 read as 16 (untested: their supplier info names the vendor {@code name}); versions after 18
 * read as 18 over JSON-RPC.
 */
public enum OdooDialect {
    /** Odoo 16 and older. */
    V16(16),
    /** Odoo 17 (and saas~17.x). */
    V17(17),
    /** Odoo 18 and newer. */
    V18(18);

    private static final Pattern VERSION = Pattern.compile("(\\d+)");

    private final int major;

    OdooDialect(int major) {
        this.major = major;
    }

    /** The major version this dialect is named after. */
    public int major() {
        return major;
    }

    /** The dialect for a major version of Odoo. */
    public static OdooDialect forMajorVersion(int major) {
        if (major <= 16) {
            return V16;
        }
        return major == 17 ? V17 : V18;
    }

    /**
     * The dialect for a version text such as {@code 17}, {@code 16.0}, {@code 17.0-20240709} or {@code saas~17.2}.
     *
     * @param key the configuration key the text came from, for the message
     * @throws OdooConfigurationException when the text holds no version number
     */
    public static OdooDialect parse(String version, String key) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.find()) {
            throw new OdooConfigurationException(key + " must be an Odoo version such as 16, 17 or 18, got '"
                    + version + "'");
        }
        return forMajorVersion(Integer.parseInt(m.group(1)));
    }

    /** Field of {@code mrp.production} holding the scheduled start. */
    public String productionScheduledStart() {
        return this == V16 ? "date_planned_start" : "date_start";
    }

    /** Field of {@code mrp.production} holding the scheduled finish. */
    public String productionScheduledFinish() {
        return this == V16 ? "date_planned_finished" : "date_finished";
    }

    /** Field of {@code mrp.workorder} holding the scheduled start. */
    public String workOrderScheduledStart() {
        return this == V16 ? "date_planned_start" : "date_start";
    }

    /** Field of {@code mrp.workorder} holding the scheduled finish. */
    public String workOrderScheduledFinish() {
        return this == V16 ? "date_planned_finished" : "date_finished";
    }

    /** True when storable products are {@code type = consu} plus the {@code is_storable} flag (18+). */
    public boolean hasStorableFlag() {
        return this == V18;
    }

    /** True when the manufacturing lead time is on the bill of materials (17+), false when on the product. */
    public boolean bomCarriesProduceDelay() {
        return this != V16;
    }
}
