package org.headshots.domain.refusal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request refused by a rule, with a message that says what to do instead. It is an answer for the caller,
 * not a fault of the server: the transaction rolls back and the bean stays alive (ejb-jar.xml registers this
 * class once, inherited by every refusal).
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final RefusalKind kind;
    private final String code;

    protected Refusal(RefusalKind kind, String code, String message) {
        this(kind, code, message, null);
    }

    protected Refusal(RefusalKind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A refusal code is upper case, like NOT_FOUND, not " + code);
        }
        this.code = code;
    }

    public RefusalKind kind() {
        return kind;
    }

    /** A stable name for programs, such as ORDER_STATE. */
    public String code() {
        return code;
    }
}
