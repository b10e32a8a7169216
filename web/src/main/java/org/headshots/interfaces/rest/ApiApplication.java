package org.headshots.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.headshots.interfaces.security.Roles;

/**
 * The REST API for scripts and integrations: Keycloak bearer tokens, JSON in and out. Payara describes it from
 * these annotations and the resources' at {@code /openapi} (readable without signing in: it holds no data).
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.ORG_ADMIN, Roles.EMPLOYEE, Roles.IT_ADMIN})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Headshots API",
                        version = "1",
                        description =
                                "Orders, members, selfies, runs, headshots and GPU nodes of an on-premises Headshots"
                                        + " installation. Every call takes a Keycloak access token (Authorization: Bearer);"
                                        + " the roles are org-admin, employee and it-admin. Errors are {\"error\": CODE,"
                                        + " \"message\": text}."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the headshots realm in Keycloak")
public class ApiApplication extends Application {}
