package org.headshots.application.erasure;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The name an erased person's audit events carry instead of theirs: random, so it leads back to nobody. */
final class AuditAlias {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditAlias() {}

    static String fresh() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "erased-" + HexFormat.of().formatHex(bytes);
    }
}
