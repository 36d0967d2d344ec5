package dev.retort.op;

import dev.retort.RetortException;

/** An op was asked to reverse itself but cannot; the message says why. Immutable. */
public final class IrreversibleOpException extends RetortException {

    private static final long serialVersionUID = 1L;

    public IrreversibleOpException(String reason) {
        super(Kind.SCRIPT, reason);
    }
}
