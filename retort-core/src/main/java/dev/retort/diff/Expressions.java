package dev.retort.diff;

import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical text of SQL expressions, so that two spellings a database treats alike compare equal:
 * case, whitespace, identifier quotes and redundant parentheses do not count, and the dialect's
 * {@link ComparisonRules#rewriteExpression} folds its own rewrites. The canonical text is for
 * comparison only, never for SQL that runs. Stateless and thread-safe.
 */
final class Expressions {

    /** Words that end or join boolean terms; parentheses next to them may be redundant. */
    private static final Set<String> LOGICAL = Set.of("and", "or", "not");

    /** Tokens after which a parenthesised part is delimited as tightly as at the start. */
    private static final Set<String> OPENERS = Set.of("(", ",", "when", "then", "else", "where");

    /** Tokens before which a parenthesised part is delimited as tightly as at the end. */
    private static final Set<String> CLOSERS = Set.of(")", ",", "when", "then", "else", "end");

    private Expressions() {
    }

    /** The canonical text, or the text with its whitespace collapsed when it cannot be tokenised. */
    static String canonical(String sql, ComparisonRules rules) {
        List<String> tokens = canonicalTokens(sql, rules);
        return tokens == null ? sql.strip().replaceAll("\\s+", " ") : String.join(" ", tokens);
    }

    /** The canonical tokens, or {@code null} when the text cannot be tokenised. */
    static List<String> canonicalTokens(String sql, ComparisonRules rules) {
        List<ExpressionTokens.Token> raw;
        try {
            raw = ExpressionTokens.tokens(sql);
        } catch (IllegalArgumentException e) {
            return null;
        }
        List<String> tokens = new ArrayList<>(raw.size());
        for (ExpressionTokens.Token token : raw) {
            tokens.add(ExpressionTokens.canonical(token));
        }
        return withoutRedundantParentheses(new ArrayList<>(rules.rewriteExpression(List.copyOf(tokens))));
    }

    /**
     * The text with identifiers renamed (keys compared without case), keeping everything else as
     * written; used to carry a column rename into check and index expressions.
     */
    static String renameIdentifiers(String sql, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return sql;
        }
        List<ExpressionTokens.Token> tokens;
        try {
            tokens = ExpressionTokens.tokens(sql);
        } catch (IllegalArgumentException e) {
            return sql;
        }
        StringBuilder text = new StringBuilder(sql);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            ExpressionTokens.Token token = tokens.get(i);
            boolean identifier = token.type() == ExpressionTokens.Type.WORD || token.type() == ExpressionTokens.Type.QUOTED_NAME;
            String renamed = identifier ? renames.get(token.name().toLowerCase(Locale.ROOT)) : null;
            if (renamed != null) {
                String quote = token.type() == ExpressionTokens.Type.QUOTED_NAME ? token.text().substring(0, 1) : "";
                text.replace(token.start(), token.end(), quote + renamed.replace(quote, quote + quote) + quote);
            }
        }
        return text.toString();
    }

    /** Removes parentheses that change nothing, innermost first, until none is left to remove. */
    static List<String> withoutRedundantParentheses(List<String> tokens) {
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int open = 0; open < tokens.size(); open++) {
                if (tokens.get(open).equals("(")) {
                    int close = matching(tokens, open);
                    if (close > open && redundant(tokens, open, close)) {
                        tokens.remove(close);
                        tokens.remove(open);
                        removed = true;
                        break;
                    }
                }
            }
        }
        return List.copyOf(tokens);
    }

    private static boolean redundant(List<String> tokens, int open, int close) {
        String before = open == 0 ? null : tokens.get(open - 1);
        String after = close == tokens.size() - 1 ? null : tokens.get(close + 1);
        if (before != null && (isWord(before) && !LOGICAL.contains(before) && !OPENERS.contains(before)
                || before.equals(")") || before.equals("]"))) {
            return false; // a call, IN list, ANY/EXISTS operand or row value: the parentheses are syntax
        }
        List<String> inner = tokens.subList(open + 1, close);
        if (inner.isEmpty() || topLevel(inner, ",")) {
            return false;
        }
        if (isAtom(inner)) {
            return true;
        }
        boolean startBound = before == null || OPENERS.contains(before) || LOGICAL.contains(before);
        boolean endBound = after == null || CLOSERS.contains(after) || after.equals("and") || after.equals("or");
        if (!startBound || !endBound) {
            return false;
        }
        if (topLevel(inner, "or")) {
            return !"and".equals(before) && !"not".equals(before) && !"and".equals(after);
        }
        if (topLevel(inner, "and") || topLevel(inner, "not")) {
            return !"not".equals(before);
        }
        return true;
    }

    /** A single token, or a call {@code name(...)} spanning the whole list. */
    private static boolean isAtom(List<String> inner) {
        if (inner.size() == 1) {
            return !LOGICAL.contains(inner.get(0));
        }
        return isWord(inner.get(0)) && !LOGICAL.contains(inner.get(0)) && inner.get(1).equals("(")
                && matching(inner, 1) == inner.size() - 1;
    }

    /** True when the token occurs outside parentheses and CASE … END. */
    private static boolean topLevel(List<String> tokens, String wanted) {
        int depth = 0;
        for (String token : tokens) {
            if (token.equals("(") || token.equals("case")) {
                depth++;
            } else if (token.equals(")") || token.equals("end")) {
                depth--;
            } else if (depth == 0 && token.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static int matching(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).equals("(")) {
                depth++;
            } else if (tokens.get(i).equals(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A canonical word: an unquoted identifier or keyword (canonical words are lower case). */
    static boolean isWord(String token) {
        char first = token.charAt(0);
        return Character.isLetter(first) || first == '_' || first == '$' || first == '"';
    }
}
