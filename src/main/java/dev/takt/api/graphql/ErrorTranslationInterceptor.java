package dev.takt.api.graphql;

import dev.takt.domain.PlanningException;
import dev.takt.sync.CommandQueueUnavailableException;
import dev.takt.federation.InconsistentDataException;
import dev.takt.federation.PlannerUnavailableException;
import dev.takt.odoo.OdooRejectedException;
import dev.takt.odoo.OdooUnavailableException;
import dev.takt.sync.outbox.OutboxException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the gateways' failures and the planning store's refusals into GraphQL errors with
 * {@code extensions.code}, keeping the message meant for a person and logging the cause for the administrator.
 * Nothing of the Java exception reaches the client.
 */
@TranslateErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorTranslationInterceptor {

    private static final Logger LOG = Logger.getLogger(ErrorTranslationInterceptor.class.getName());

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (OdooUnavailableException e) {
            LOG.log(Level.WARNING, e, () -> "Odoo unavailable while resolving " + where(invocation));
            throw new OdooUnavailableError(e.getMessage());
        } catch (OdooRejectedException e) {
            LOG.log(Level.INFO, () -> "Odoo rejected a read while resolving " + where(invocation) + ": "
                    + e.odooErrorName() + ": " + e.getMessage());
            throw e.isAccessDenied() ? new OdooAccessDeniedError(e.getMessage()) : new OdooRejectedError(e.getMessage());
        } catch (PlannerUnavailableException e) {
            LOG.log(Level.WARNING, e, () -> "Planner unavailable while resolving " + where(invocation));
            throw new PlannerUnavailableError(e.getMessage());
        } catch (InconsistentDataException e) {
            LOG.log(Level.WARNING, () -> "Inconsistent source data while resolving " + where(invocation) + ": "
                    + e.getMessage());
            throw new InconsistentDataError(e.getMessage());
        } catch (OutboxException e) {
            LOG.log(Level.FINE, () -> "Outbox operation refused in " + where(invocation) + ": " + e.getMessage());
            throw e.kind() == OutboxException.Kind.NOT_FOUND ? new NotFoundError(e.getMessage())
                    : new InvalidStateError(e.getMessage());
        } catch (CommandQueueUnavailableException e) {
            LOG.log(Level.WARNING, () -> "No command outbox while resolving " + where(invocation) + ": "
                    + e.getMessage());
            throw new OutboxUnavailableError(e.getMessage());
        } catch (PlanningException e) {
            LOG.log(Level.FINE, () -> "Planning operation refused in " + where(invocation) + ": " + e.getMessage());
            throw e.kind() == PlanningException.Kind.NOT_FOUND ? new NotFoundError(e.getMessage())
                    : new InvalidStateError(e.getMessage());
        } catch (UnsupportedOperationException e) {
            if (e.getMessage() == null || !e.getMessage().contains("takt.planning.adapter")) {
                throw e; // not a planning adapter's refusal: stays masked
            }
            LOG.log(Level.FINE, () -> "Planning adapter refused " + where(invocation) + ": " + e.getMessage());
            throw new PlannerRefusedError(e.getMessage());
        }
    }

    private static String where(InvocationContext invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }
}
