package dev.retort.op;

import dev.retort.RetortException;

/** An op was asked to reverse itself but cannot; the message says why. Immutable. */
public final class IrreversibleOpException extends RetortException {

    private static final long serialVersionUID = 1L;

    /**
     * An op that cannot be reversed.
     *
     * @param reason why, and what to do instead
     */
    public IrreversibleOpException(String reason) {
        super(Kind.SCRIPT, reason);
    }
}
