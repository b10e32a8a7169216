package org.headshots.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.headshots.interfaces.security.Roles;

/** The REST API for scripts and integrations: Keycloak bearer tokens, JSON in and out. */
@ApplicationPath("/api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.ORG_ADMIN, Roles.EMPLOYEE, Roles.IT_ADMIN})
public class ApiApplication extends Application {
}
