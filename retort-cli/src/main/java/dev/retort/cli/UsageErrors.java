package dev.retort.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a mistyped command line gets: the problem, the command or option probably meant, and where the
 * usage is. Stateless.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static void print(ParameterException exception, PrintWriter errors) {
        CommandLine line = exception.getCommandLine();
        String command = line.getCommandSpec().qualifiedName();
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            List<String> meant = closest(argument, candidates(line, unmatched.isUnknownOption()));
            String hint = meant.isEmpty() ? "" : "; did you mean '" + String.join("' or '", meant) + "'?";
            if (unmatched.isUnknownOption()) {
                errors.println("error: unknown option '" + argument + "' for '" + command + "'" + hint);
            } else if (line.getParent() == null && !line.getSubcommands().isEmpty()) {
                errors.println("error: '" + argument + "' is not a retort command" + hint);
            } else {
                errors.println("error: unexpected argument '" + argument + "' for '" + command + "'" + hint);
            }
        } else if (exception.getMessage() != null && exception.getMessage().matches("Unknown subcommand '.*'\\.")) {
            // 'retort help NAME' with a name that is no command
            String name = exception.getMessage().replaceFirst("^Unknown subcommand '(.*)'\\.$", "$1");
            List<String> meant = closest(name, List.copyOf(line.getSubcommands().keySet()));
            errors.println("error: '" + name + "' is not a retort command"
                    + (meant.isEmpty() ? "" : "; did you mean '" + String.join("' or '", meant) + "'?"));
        } else {
            errors.println("error: " + exception.getMessage());
        }
        errors.println("Run '" + command + " --help' for usage.");
    }

    private static List<String> candidates(CommandLine line, boolean option) {
        if (option) {
            List<String> names = new ArrayList<>();
            line.getCommandSpec().options().forEach(spec -> names.addAll(List.of(spec.names())));
            return names;
        }
        return List.copyOf(line.getSubcommands().keySet());
    }

    /** The candidates within a typo or two of the word (or that it abbreviates), nearest first. */
    static List<String> closest(String word, List<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.replace("-", "").length() / 3));
        List<String> near = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = candidate.startsWith(typed) && typed.replace("-", "").length() >= 3 ? 0
                    : distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance > allowed || distance > best) {
                continue;
            }
            if (distance < best) {
                near.clear();
                best = distance;
            }
            near.add(candidate);
        }
        return near;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
