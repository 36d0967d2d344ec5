package dev.retort;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of messages: every text leaving Retort (exception messages, the command line's errors and
 * log lines) passes {@link #mask(String)}, and where the URL and password are known (opening a connection)
 * {@link #mask(String, Collection)} also masks their secret values wherever a driver echoes them, keyed or not.
 * Stateless.
 */
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    /** Shorter values are not masked literally: a password "a" would mask every letter a of a message. */
    static final int SHORTEST_LITERAL = 3;

    /** A key naming a secret: password, pwd, passwd, sslpassword, keyStorePassword, client_secret, accessToken… */
    private static final String SECRET_KEY = "[\\w.-]*(?:password|passwd|pwd|secret|passphrase|token|api[_-]?key)[\\w.-]*";

    /**
     * A value up to the next parameter separator ({@code &}, {@code ;}, a comma before a space as in a Properties
     * print, white space, a closing bracket or quote); {@code {…}} (SQL Server's, {@code }}} inside) and quoted
     * values whole. An encoded {@code %26} is part of the value; in a URL-encoded URL the rest of it is masked
     * too, which is safe.
     */
    private static final String VALUE = "(?:\\{(?:[^}]|}})*}|'[^']*'|\"[^\"]*\"|(?:(?!,\\s)[^&;\\s)\\]}>'\"])+)";

    /**
     * {@code password=…} in a URL, an H2 or SQL Server setting, a Properties print; {@code %3D}: URL-encoded;
     * {@code password = "…"} (TOML, SQL) and {@code "password": "…"} (JSON) where the value is quoted.
     */
    private static final Pattern KEYED = Pattern.compile("(?i)(\\b" + SECRET_KEY
            + "\"?(?:=|%3D|\\s*[=:]\\s*(?=['\"{])))(" + VALUE + ")");

    /** SQL's {@code PASSWORD 'x'} and {@code IDENTIFIED BY 'x'}, as a failed statement is quoted in a message. */
    private static final Pattern SQL_PASSWORD = Pattern.compile("(?i)(\\b(?:password|identified\\s+by)\\s+)('(?:[^']|'')*')");

    /** {@code //user:secret@host}: the password of a URL's authority (greedy: an unencoded @ in it). */
    private static final Pattern AUTHORITY = Pattern.compile("(//[^/\\s@:?#;]*:)([^/\\s]*)(@)");

    /** {@code jdbc:oracle:thin:scott/secret@host} and the like: user/password before the host. */
    private static final Pattern SLASHED = Pattern.compile("(?i)(jdbc:[\\w:]*?:[^/@\\s:;?]+/)(\"[^\"]*\"|[^@\\s]+)(@)");

    private Redaction() {
    }

    /**
     * {@return the JDBC URL with every secret of it masked: {@link #mask(String)}, named for the callers that
     * show a URL}
     *
     * @param jdbcUrl a JDBC URL; may be null
     */
    public static String maskPassword(String jdbcUrl) {
        return mask(jdbcUrl);
    }

    /**
     * The text with every recognisable secret masked: keyed values, SQL's {@code PASSWORD '…'}, a URL's
     * user:password&#64;, Oracle's user/password&#64;.
     *
     * @param text a message, URL or statement; may be null
     * @return the text masked; null or empty as given
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = KEYED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        masked = SQL_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "'" + MASK + "'"));
        masked = AUTHORITY.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
        return SLASHED.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    }

    /**
     * As {@link #mask(String)}, and every occurrence of the given secret values too, longest first.
     *
     * @param text a message; may be null
     * @param secrets secret values known to the caller (a password, a URL's parts); values shorter than a few
     *     characters are not replaced, so that a short password does not mask every word that contains it
     * @return the text masked; null when null was given
     */
    public static String mask(String text, Collection<String> secrets) {
        String masked = text;
        if (masked != null) {
            for (String secret : secrets.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                if (secret.length() >= SHORTEST_LITERAL) {
                    masked = masked.replace(secret, MASK);
                }
            }
        }
        return mask(masked);
    }

    /**
     * {@return the secret values a URL and a password carry, as they may appear in a message: the password,
     * each keyed secret and the authority's or Oracle's password of the URL, raw, URL-decoded and
     * URL-encoded}
     *
     * @param url a JDBC URL; may be null
     * @param password a password; may be null
     */
    public static Set<String> secrets(String url, String password) {
        Set<String> values = new LinkedHashSet<>();
        if (password != null) {
            values.add(password);
        }
        if (url != null) {
            for (Pattern pattern : List.of(KEYED, AUTHORITY, SLASHED)) {
                Matcher matcher = pattern.matcher(url);
                while (matcher.find()) {
                    values.add(unquoted(matcher.group(2)));
                }
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String value : values) {
            if (!value.isEmpty()) {
                forms.add(value);
                forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
                try {
                    forms.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notEncoded) {
                    // a lone % in a password: it was not URL-encoded, the raw form is enough
                }
            }
        }
        return forms;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("{") && value.endsWith("}")
                || value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
