package org.headshots.domain.refusal;

/** Why a request was refused, in the words a caller acts on; each interface turns it into its own status. */
public enum RefusalKind {
    /** The request itself is malformed or out of range: send it differently. */
    INVALID,
    /** The request is well formed, but what it carries cannot be used (a damaged file, an unknown name). */
    UNACCEPTABLE,
    /** What was sent is larger than allowed. */
    TOO_LARGE,
    /** What was sent is of a type that is not taken. */
    UNSUPPORTED_TYPE,
    /** The caller may not do this. */
    FORBIDDEN,
    /** There is no such thing, or none the caller may see: both answer the same. */
    NOT_FOUND,
    /** It does not fit the state things are in now. */
    CONFLICT,
    /** Something the request needs (the directory, a GPU node) cannot be reached now: try again later. */
    UNAVAILABLE,
    /** The caller sent too many such requests in a short time: the refusal says when to try again. */
    TOO_MANY
}
