package dev.retort;

import dev.retort.ddl.CommentText;
import dev.retort.op.MigrationOp;
import java.util.List;

/**
 * What differs between the database and the model, rendered for the database: each op with its
 * upgrade statements, the downgrade in running order, what could not be compared and likely renames.
 * Immutable.
 *
 * @param upgrade     ops that bring the database to the model, each with its SQL
 * @param downgrade   the reversed ops, in running order, each with its SQL
 * @param skipped     objects left alone because they cannot be compared reliably, with the reason
 * @param suggestions likely renames that hints would turn into renames
 */
public record Changes(List<Step> upgrade, List<Step> downgrade, List<Skipped> skipped, List<RenameSuggestion> suggestions) {

    /**
     * One operation and the statements that run it. Immutable.
     */
    public static final class Step {

        private final MigrationOp op;
        private final List<String> statements;

        Step(MigrationOp op, List<String> statements) {
            this.op = op;
            this.statements = List.copyOf(statements);
        }

        MigrationOp op() {
            return op;
        }

        /**
         * What the operation does, by name: {@code CreateTable}, {@code AddColumn}, {@code DropIndex}, …
         *
         * @return the kind of operation
         */
        public String kind() {
            return op.getClass().getSimpleName();
        }

        /**
         * The operation in words, as the revision script's comment gives it.
         *
         * @return one line, such as {@code add column email to users}
         */
        public String description() {
            return op.describe();
        }

        /**
         * True when the operation may lose data.
         *
         * @return whether {@link #destructiveReason()} is not null
         */
        public boolean destructive() {
            return op.destructive();
        }

        /**
         * Why the operation may lose data.
         *
         * @return the reason, or null when it cannot
         */
        public String destructiveReason() {
            return op.destructiveReason();
        }

        /**
         * The SQL that runs the operation on the database.
         *
         * @return the statements, in running order
         */
        public List<String> statements() {
            return statements;
        }

        @Override
        public String toString() {
            return description();
        }
    }

    /**
     * Copies the lists.
     *
     * @param upgrade     ops that bring the database to the model, each with its SQL
     * @param downgrade   the reversed ops, in running order, each with its SQL
     * @param skipped     objects left alone because they cannot be compared reliably, with the reason
     * @param suggestions likely renames that hints would turn into renames
     */
    public Changes {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        skipped = List.copyOf(skipped);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * True when the database already matches the model.
     *
     * @return whether there is nothing to upgrade
     */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /**
     * Steps that may lose data.
     *
     * @return the destructive upgrade steps, in order
     */
    public List<Step> destructive() {
        return upgrade.stream().filter(Step::destructive).toList();
    }

    /**
     * The upgrade section of a revision script: a comment per op, destructive ones marked.
     *
     * @return the SQL text
     */
    public String upgradeSql() {
        return sql(upgrade);
    }

    /**
     * The downgrade section.
     *
     * @return the SQL text
     */
    public String downgradeSql() {
        return sql(downgrade);
    }

    private static String sql(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append("-- ").append(CommentText.line(step.op().describe())).append('\n');
            if (step.op().destructive()) {
                out.append("-- DESTRUCTIVE: ").append(CommentText.line(step.op().destructiveReason())).append('\n');
            }
            for (String statement : step.statements()) {
                boolean endsInComment = statement.substring(statement.lastIndexOf('\n') + 1).contains("--");
                out.append(statement).append(endsInComment ? "\n;\n" : ";\n");
            }
            out.append('\n');
        }
        return out.toString().strip() + (steps.isEmpty() ? "" : "\n");
    }
}
