package dev.takt.sync;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fallback {@link PlanningExceptionSink} while no planning-exceptions store is deployed: it writes each exception
 * to the log (WARNING and CRITICAL at level WARNING, INFO at INFO). Not a CDI bean: the workflows use it only when no
 * bean implements the interface.
 */
public final class LoggingPlanningExceptionSink implements PlanningExceptionSink {

    private static final Logger LOG = Logger.getLogger(LoggingPlanningExceptionSink.class.getName());

    @Override
    public void raise(String kind, Severity severity, String ownerRole, String message, String item,
            String reference) {
        LOG.log(severity == Severity.INFO ? Level.INFO : Level.WARNING, () -> "Planning exception " + kind + " ("
                + severity + ", for " + ownerRole + (item == null ? "" : ", item " + item)
                + (reference == null ? "" : ", " + reference) + "): " + message);
    }
}
