package dev.takt.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * Who is acting, for the audit history: the authenticated principal's name (of the current HTTP request), or
 * {@value #ANONYMOUS} when nobody logged in (or outside a request, e.g. on the relay's threads).
 */
@ApplicationScoped
public class Actors {

    /** The actor of unauthenticated requests. */
    public static final String ANONYMOUS = "anonymous";
    /** The actor of Takt's own background work (the relay). */
    public static final String SYSTEM = "takt";

    private static final Set<String> NOBODY = Set.of("", "UNAUTHENTICATED", "anonymous", "ANONYMOUS");

    private Instance<HttpServletRequest> request;

    /** For CDI's proxies only. */
    protected Actors() {
    }

    @Inject
    public Actors(Instance<HttpServletRequest> request) {
        this.request = request;
    }

    /** The current caller's name, or {@value #ANONYMOUS}. */
    public String current() {
        try {
            // the HTTP request's principal: injecting java.security.Principal itself would ask MicroProfile JWT,
            // which logs an error for every unauthenticated caller
            if (request != null && request.isResolvable()) {
                var p = request.get().getUserPrincipal();
                String name = p == null ? null : p.getName();
                if (name != null && !NOBODY.contains(name.strip())) {
                    return name.strip();
                }
            }
        } catch (RuntimeException e) {
            // no caller here (a background thread): anonymous
        }
        return ANONYMOUS;
    }
}
