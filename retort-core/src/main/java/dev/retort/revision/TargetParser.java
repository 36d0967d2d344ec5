package dev.retort.revision;

import dev.retort.RetortException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns target text into a {@link Target}. Syntax only; stateless. */
final class TargetParser {

    static final String FORMS = "a revision id or unique prefix, a branch label, head, heads, base, current,"
            + " <label>@head, +N, -N, REV+N or REV-N";

    // Greedy, so "a+1+2" splits as "a+1" and "+2" and the anchor is then rejected as relative.
    private static final Pattern RELATIVE = Pattern.compile("(.*)([+-])([0-9]+)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private TargetParser() {
    }

    static Target parse(String text) {
        if (text == null || text.isBlank()) {
            throw usage("the target is empty; give " + FORMS);
        }
        String target = text.strip();
        if (WHITESPACE.matcher(target).find()) {
            throw usage("target '" + target + "' contains whitespace; give one target: " + FORMS);
        }
        if (target.indexOf(':') >= 0) {
            throw usage("'" + target + "' is a range (FROM:TO); ranges work only with `history -r` and `--sql`;"
                    + " elsewhere give one target: " + FORMS);
        }
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches()) {
            Target anchor = relative.group(1).isEmpty() ? new Target.Current() : parseAnchor(relative.group(1), target);
            return new Target.Relative(anchor, steps(relative.group(2), relative.group(3), target));
        }
        return parseSingle(target);
    }

    /** Parses the empty-or-target side of a range; null when the side is empty. */
    static Target parseRangeSide(String side, String range) {
        if (side.isEmpty()) {
            return null;
        }
        try {
            return parse(side);
        } catch (RetortException e) {
            throw usage("in range '" + range + "': " + e.getMessage());
        }
    }

    static void checkRef(String ref) {
        if (ref == null || ref.isEmpty()) {
            throw usage("a revision reference is empty; give " + FORMS);
        }
        for (char forbidden : new char[] {':', '@', '+'}) {
            if (ref.indexOf(forbidden) >= 0) {
                throw usage("'" + ref + "' is not a target: ids and labels do not contain '" + forbidden
                        + "'; give " + FORMS);
            }
        }
        if (WHITESPACE.matcher(ref).find()) {
            throw usage("'" + ref + "' contains whitespace; give " + FORMS);
        }
    }

    static RetortException usage(String message) {
        return new RetortException(RetortException.Kind.USAGE, message);
    }

    private static Target parseSingle(String target) {
        switch (target) {
            case "base":
                return new Target.Base();
            case "head":
                return new Target.Head();
            case "heads":
                return new Target.Heads();
            case "current":
                return new Target.Current();
            default:
                break;
        }
        int at = target.indexOf('@');
        if (at < 0) {
            return new Target.Named(target);
        }
        if (!target.substring(at + 1).equals("head") || at == 0) {
            throw usage("'" + target + "' is not a target: the only form with '@' is <label>@head");
        }
        return new Target.LabelHead(target.substring(0, at));
    }

    private static Target parseAnchor(String anchor, String target) {
        if (anchor.equals("heads")) {
            String steps = target.substring(anchor.length());
            throw usage("'" + target + "': relative steps start from one revision, and `heads` may be several;"
                    + " use `<label>@head" + steps + "` or `<id>" + steps + "`");
        }
        if (RELATIVE.matcher(anchor).matches()) {
            throw usage("'" + target + "' has two step counts; write a single one, e.g. `<id>+2`");
        }
        return parseSingle(anchor);
    }

    private static int steps(String sign, String digits, String target) {
        int count;
        try {
            count = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw usage("'" + target + "': the step count " + digits + " is too large");
        }
        if (count == 0) {
            throw usage("'" + target + "' moves 0 steps; use 1 or more");
        }
        return sign.equals("+") ? count : -count;
    }
}
