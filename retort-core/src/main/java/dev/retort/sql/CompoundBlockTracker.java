package dev.retort.sql;

/**
 * Decides, word by word, whether the current statement is inside a {@code BEGIN … END} body whose
 * semicolons must not end it.
 *
 * <p>Only two kinds of statement have such bodies: one whose header is
 * {@code CREATE [OR REPLACE] [DEFINER=…] [TEMP|TEMPORARY] [AGGREGATE] TRIGGER|FUNCTION|PROCEDURE|EVENT}
 * (SQLite and MySQL triggers, MySQL routines, PostgreSQL {@code BEGIN ATOMIC}), and a MariaDB
 * {@code BEGIN NOT ATOMIC} block. Everything else — {@code BEGIN;}, {@code BEGIN TRANSACTION;},
 * a view with a {@code CASE} — ends at its first semicolon whatever its words say.
 *
 * <p>Depth: {@code BEGIN} and {@code CASE} open a level; {@code END} closes one, unless followed by
 * {@code IF}, {@code LOOP}, {@code WHILE} or {@code REPEAT}, whose openers are never counted;
 * {@code END CASE} closes the level its {@code CASE} opened. Whether an {@code END} closes is
 * therefore known only at the next token, so it stays pending until then.
 *
 * <p>The scanner feeds it words only from outside quotes and comments. Mutable, not thread-safe;
 * one instance per split, {@link #reset} between statements.
 */
final class CompoundBlockTracker {

    private enum Header {
        /** No word seen yet. */
        START,
        /** {@code CREATE} and modifiers seen; the object kind is still to come. */
        AFTER_CREATE,
        /** {@code DEFINER=} seen; skipping the account name. */
        AFTER_DEFINER,
        /** {@code BEGIN} as the first word: a transaction, or MariaDB's {@code BEGIN NOT ATOMIC}. */
        AFTER_BEGIN,
        AFTER_BEGIN_NOT,
        /** A statement with a body: semicolons inside it do not count. */
        COMPOUND,
        /** Any other statement: its first semicolon ends it. */
        PLAIN
    }

    private static final String[] BODY_KINDS = {"TRIGGER", "FUNCTION", "PROCEDURE", "EVENT"};
    private static final String[] CREATE_MODIFIERS = {"OR", "REPLACE", "TEMP", "TEMPORARY", "AGGREGATE"};
    private static final String[] UNCOUNTED_CLOSERS = {"IF", "LOOP", "WHILE", "REPEAT"};
    /** Words of an unquoted account name: {@code CURRENT_USER}, {@code root@localhost}, {@code CURRENT_USER()}. */
    private static final int MAX_DEFINER_WORDS = 2;

    private final String script;
    private final boolean enabled;
    private Header header = Header.START;
    private int definerWords;
    private int depth;
    private boolean pendingEnd;

    CompoundBlockTracker(String script, boolean enabled) {
        this.script = script;
        this.enabled = enabled;
    }

    /** Forgets the finished statement. */
    void reset() {
        header = Header.START;
        definerWords = 0;
        depth = 0;
        pendingEnd = false;
    }

    /** Whether a semicolon met now is body text rather than the end of the statement. */
    boolean holdsSemicolon() {
        resolvePendingEnd();
        return header == Header.COMPOUND && depth > 0;
    }

    /** A token that is not a keyword-shaped word (punctuation, a literal, a qualified name part). */
    void otherToken() {
        resolvePendingEnd();
    }

    /** An unquoted word spanning {@code [start, end)}. */
    void word(int start, int end) {
        if (!enabled || header == Header.PLAIN) {
            return;
        }
        if (header != Header.COMPOUND) {
            header = readHeader(start, end);
        }
        if (pendingEnd) {
            pendingEnd = false;
            if (isAny(start, end, UNCOUNTED_CLOSERS)) {
                return;
            }
            close();
            if (is(start, end, "CASE")) {
                return;
            }
        }
        if (is(start, end, "BEGIN") || is(start, end, "CASE")) {
            depth++;
        } else if (is(start, end, "END")) {
            pendingEnd = true;
        }
    }

    private Header readHeader(int start, int end) {
        return switch (header) {
            case START -> is(start, end, "CREATE") ? Header.AFTER_CREATE
                    : is(start, end, "BEGIN") ? Header.AFTER_BEGIN : Header.PLAIN;
            case AFTER_BEGIN -> is(start, end, "NOT") ? Header.AFTER_BEGIN_NOT : Header.PLAIN;
            case AFTER_BEGIN_NOT -> is(start, end, "ATOMIC") ? Header.COMPOUND : Header.PLAIN;
            case AFTER_CREATE -> afterCreate(start, end);
            case AFTER_DEFINER -> afterDefiner(start, end);
            case COMPOUND, PLAIN -> header;
        };
    }

    private Header afterCreate(int start, int end) {
        if (isAny(start, end, BODY_KINDS)) {
            return Header.COMPOUND;
        }
        if (isAny(start, end, CREATE_MODIFIERS)) {
            return Header.AFTER_CREATE;
        }
        if (is(start, end, "DEFINER")) {
            definerWords = 0;
            return Header.AFTER_DEFINER;
        }
        return Header.PLAIN;
    }

    private Header afterDefiner(int start, int end) {
        Header next = afterCreate(start, end);
        if (next != Header.PLAIN) {
            return next;
        }
        // A quoted account (`root`@`%`, 'root'@'%') has no words; an unquoted one has one or two.
        return ++definerWords <= MAX_DEFINER_WORDS ? Header.AFTER_DEFINER : Header.PLAIN;
    }

    private void resolvePendingEnd() {
        if (pendingEnd) {
            pendingEnd = false;
            close();
        }
    }

    private void close() {
        // A stray END (a syntax error the database will report) must not drive the depth negative.
        if (depth > 0) {
            depth--;
        }
    }

    private boolean isAny(int start, int end, String[] keywords) {
        for (String keyword : keywords) {
            if (is(start, end, keyword)) {
                return true;
            }
        }
        return false;
    }

    private boolean is(int start, int end, String keyword) {
        return end - start == keyword.length() && script.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
