package org.headshots.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.headshots.interfaces.security.Roles;

/**
 * Checks {@code @RolesAllowed} of every resource method on the server, before it runs: no token gives 401,
 * a token without the role gives 403, both as {"error", "message"}. A resource without the annotation is refused.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    /** Jersey's description of the API (application.wadl): every resource and method, for IT and tests. */
    private static final String JERSEY_WADL = "org.glassfish.jersey.server.wadl.";

    private static final RolesAllowed IT_ONLY = ItOnly.class.getAnnotation(RolesAllowed.class);

    @RolesAllowed(Roles.IT_ADMIN)
    private static final class ItOnly {}

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null && resource.getResourceClass().getName().startsWith(JERSEY_WADL)) {
            allowed = IT_ONLY;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(ApiError.unauthorized().toResponse(401));
            return;
        }
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            String roles = allowed == null ? "none" : String.join(" or ", allowed.value());
            request.abortWith(new ApiError(
                            "FORBIDDEN",
                            "This call needs the role " + roles + ", which "
                                    + security.getUserPrincipal().getName() + " does not have")
                    .toResponse(403));
        }
    }
}
