package dev.retort.revision;

import dev.retort.RetortException;

/**
 * Where an upgrade, downgrade or stamp should go, as the user wrote it and before it is resolved
 * against a {@link RevisionGraph}. Immutable and thread-safe.
 *
 * <p>Forms: {@code base}, {@code head}, {@code heads}, {@code current}, a revision id, unique id
 * prefix or branch label ({@link Named}), {@code label@head}, and steps along a single line:
 * {@code +N} and {@code -N} from the current state, {@code REV+N} and {@code REV-N} from a revision
 * (where REV is {@code base}, {@code head}, a named revision or {@code label@head}).
 * {@link #text()} gives back the canonical spelling, which messages quote.
 */
public sealed interface Target
        permits Target.Base, Target.Head, Target.Heads, Target.Current, Target.Named, Target.LabelHead, Target.Relative {

    /**
     * Parses a target. Syntax only: whether the revision exists is decided when resolving.
     *
     * @throws RetortException of kind {@code USAGE} when the text is no target
     */
    static Target parse(String text) {
        return TargetParser.parse(text);
    }

    /** Dispatches to the visitor method for this form. */
    <R> R accept(Visitor<R> visitor);

    /** The target as the user writes it, e.g. {@code "a1b2-2"}. */
    String text();

    /** One method per form of {@link Target}; adding a form breaks every visitor until it handles it. */
    interface Visitor<R> {
        R base(Base target);

        R head(Head target);

        R heads(Heads target);

        R current(Current target);

        R named(Named target);

        R labelHead(LabelHead target);

        R relative(Relative target);
    }

    /** {@code base}: the empty database, before every revision. */
    record Base() implements Target {
        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.base(this);
        }

        @Override public String text() {
            return "base";
        }
    }

    /** {@code head}: the single head of the graph; an error when there are several. */
    record Head() implements Target {
        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.head(this);
        }

        @Override public String text() {
            return "head";
        }
    }

    /** {@code heads}: every head of the graph. */
    record Heads() implements Target {
        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.heads(this);
        }

        @Override public String text() {
            return "heads";
        }
    }

    /** {@code current}: the current heads of the database. */
    record Current() implements Target {
        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.current(this);
        }

        @Override public String text() {
            return "current";
        }
    }

    /** A revision id, a unique id prefix or a branch label. */
    record Named(String ref) implements Target {
        public Named {
            TargetParser.checkRef(ref);
        }

        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.named(this);
        }

        @Override public String text() {
            return ref;
        }
    }

    /** {@code label@head}: the one head that descends from the revision {@code label} names. */
    record LabelHead(String label) implements Target {
        public LabelHead {
            TargetParser.checkRef(label);
        }

        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.labelHead(this);
        }

        @Override public String text() {
            return label + "@head";
        }
    }

    /**
     * {@code steps} steps along a single line: up (towards the heads) when positive, down when
     * negative. The anchor is {@link Current} for {@code +N} and {@code -N}; otherwise one of
     * {@link Base}, {@link Head}, {@link Named} or {@link LabelHead}.
     */
    record Relative(Target anchor, int steps) implements Target {
        public Relative {
            if (!(anchor instanceof Current || anchor instanceof Base || anchor instanceof Head
                    || anchor instanceof Named || anchor instanceof LabelHead)) {
                throw TargetParser.usage("'" + (anchor == null ? "null" : anchor.text())
                        + "' cannot anchor relative steps: name one revision, e.g. `<id>+1` or `<label>@head-1`");
            }
            if (steps == 0) {
                throw TargetParser.usage("a relative target of 0 steps moves nothing; use +1, -1 or more");
            }
        }

        @Override public <R> R accept(Visitor<R> visitor) {
            return visitor.relative(this);
        }

        @Override public String text() {
            String prefix = anchor instanceof Current ? "" : anchor.text();
            return prefix + (steps > 0 ? "+" : "-") + Math.abs((long) steps);
        }
    }
}
