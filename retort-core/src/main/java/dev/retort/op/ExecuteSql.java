package dev.retort.op;

import java.util.Objects;

/**
 * Raw SQL with, optionally, the SQL that undoes it. Without a downgrade it cannot reverse itself and
 * says so. Immutable.
 */
public record ExecuteSql(String upgrade, String downgrade) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param upgrade   the upgrade
     * @param downgrade the downgrade
     */
    public ExecuteSql {
        Objects.requireNonNull(upgrade, "upgrade");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }

    @Override
    public boolean reversible() {
        return downgrade != null;
    }

    @Override
    public MigrationOp reverse() {
        if (downgrade == null) {
            throw new IrreversibleOpException("raw SQL has no downgrade, so it cannot be reversed: " + describe()
                    + "; write its downgrade by hand in the script");
        }
        return new ExecuteSql(downgrade, upgrade);
    }

    @Override
    public String describe() {
        String flat = upgrade.replaceAll("\\s+", " ").strip();
        return "execute " + (flat.length() > 60 ? flat.substring(0, 60) + " …" : flat);
    }
}
