package dev.retort.diff;

import dev.retort.spi.ComparisonRules;


/** {@link ComparisonRules} with every standard answer and no dialect quirk. Stateless. */
final class StandardRules implements ComparisonRules {

    static final StandardRules INSTANCE = new StandardRules();

    private StandardRules() {
    }
}
