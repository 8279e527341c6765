package dev.takt.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.security.Principal;
import java.util.Set;

/**
 * Who is acting, for the audit history: the authenticated principal's name, or {@value #ANONYMOUS} when nobody
 * logged in (or outside a request, e.g. on the relay's threads).
 */
@ApplicationScoped
public class Actors {

    /** The actor of unauthenticated requests. */
    public static final String ANONYMOUS = "anonymous";
    /** The actor of Takt's own background work (the relay). */
    public static final String SYSTEM = "takt";

    private static final Set<String> NOBODY = Set.of("", "UNAUTHENTICATED", "anonymous", "ANONYMOUS");

    private Instance<Principal> principal;

    /** For CDI's proxies only. */
    protected Actors() {
    }

    @Inject
    public Actors(Instance<Principal> principal) {
        this.principal = principal;
    }

    /** The current caller's name, or {@value #ANONYMOUS}. */
    public String current() {
        try {
            if (principal != null && principal.isResolvable()) {
                Principal p = principal.get();
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
