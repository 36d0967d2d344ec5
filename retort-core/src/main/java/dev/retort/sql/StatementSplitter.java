package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Placeholder: naive split on semicolons, replaced by the real lexer. */
public final class StatementSplitter {

    private final SplitterOptions options;

    public StatementSplitter(SplitterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public List<SqlStatement> split(String script) {
        List<SqlStatement> out = new ArrayList<>();
        int line = 1;
        for (String part : script.split(";")) {
            if (!part.isBlank()) {
                int lead = (int) part.substring(0, part.length() - part.stripLeading().length()).chars().filter(c -> c == '\n').count();
                out.add(new SqlStatement(part.strip(), line + lead));
            }
            line += (int) part.chars().filter(c -> c == '\n').count();
        }
        return out;
    }
}
