package org.headshots.interfaces.security;

/** The realm roles (org-admin, employee, it-admin), as the token's groups claim carries them. */
public final class Roles {

    public static final String ORG_ADMIN = "org-admin";
    public static final String EMPLOYEE = "employee";
    public static final String IT_ADMIN = "it-admin";

    private Roles() {}
}
