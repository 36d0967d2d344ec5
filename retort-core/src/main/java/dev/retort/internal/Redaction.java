package dev.retort.internal;

/** Keeps secrets out of messages. Stateless. */
public final class Redaction {

    private Redaction() {
    }

    /** The JDBC URL with any {@code password=} parameter masked. */
    public static String maskPassword(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
