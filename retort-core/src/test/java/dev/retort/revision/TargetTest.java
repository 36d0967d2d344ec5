package dev.retort.revision;

import static dev.retort.revision.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.RetortException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @Test
    void parsesKeywords() {
        assertEquals(new Target.Base(), Target.parse("base"));
        assertEquals(new Target.Head(), Target.parse("head"));
        assertEquals(new Target.Heads(), Target.parse("heads"));
        assertEquals(new Target.Current(), Target.parse("current"));
    }

    @Test
    void parsesNamesAndLabelHeads() {
        assertEquals(new Target.Named("3f2a"), Target.parse("3f2a"));
        assertEquals(new Target.Named("add-users"), Target.parse(" add-users "));
        assertEquals(new Target.LabelHead("feature"), Target.parse("feature@head"));
    }

    @Test
    void parsesRelativeSteps() {
        assertEquals(new Target.Relative(new Target.Current(), 2), Target.parse("+2"));
        assertEquals(new Target.Relative(new Target.Current(), -1), Target.parse("-1"));
        assertEquals(new Target.Relative(new Target.Named("ab12"), 3), Target.parse("ab12+3"));
        assertEquals(new Target.Relative(new Target.Named("ab12"), -10), Target.parse("ab12-10"));
        assertEquals(new Target.Relative(new Target.Base(), 2), Target.parse("base+2"));
        assertEquals(new Target.Relative(new Target.Head(), -1), Target.parse("head-1"));
        assertEquals(new Target.Relative(new Target.LabelHead("feature"), -1), Target.parse("feature@head-1"));
        assertEquals(new Target.Relative(new Target.Current(), 1), Target.parse("current+1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "head", "heads", "current", "ab12", "add-users", "x@head", "+2", "-1",
        "ab12+3", "ab12-10", "base+2", "head-1", "x@head-1"})
    void textRoundTrips(String text) {
        Target target = Target.parse(text);
        assertEquals(text, target.text());
        assertEquals(target, Target.parse(target.text()));
    }

    @Test
    void dispatchesEveryFormToItsVisitorMethod() {
        Target.Visitor<String> names = new Target.Visitor<>() {
            @Override public String base(Target.Base target) {
                return "base";
            }

            @Override public String head(Target.Head target) {
                return "head";
            }

            @Override public String heads(Target.Heads target) {
                return "heads";
            }

            @Override public String current(Target.Current target) {
                return "current";
            }

            @Override public String named(Target.Named target) {
                return "named " + target.ref();
            }

            @Override public String labelHead(Target.LabelHead target) {
                return "labelHead " + target.label();
            }

            @Override public String relative(Target.Relative target) {
                return "relative " + target.steps() + " from " + target.anchor().accept(this);
            }
        };
        assertEquals("base", Target.parse("base").accept(names));
        assertEquals("head", Target.parse("head").accept(names));
        assertEquals("heads", Target.parse("heads").accept(names));
        assertEquals("current", Target.parse("current").accept(names));
        assertEquals("named ab", Target.parse("ab").accept(names));
        assertEquals("labelHead l", Target.parse("l@head").accept(names));
        assertEquals("relative -2 from named ab", Target.parse("ab-2").accept(names));
    }

    @Test
    void rejectsEmptyAndSpacedTargets() {
        fails(Kind.USAGE, () -> Target.parse(""), "empty");
        fails(Kind.USAGE, () -> Target.parse(null), "empty");
        fails(Kind.USAGE, () -> Target.parse("a b"), "'a b'", "whitespace");
    }

    @Test
    void rejectsRangesOutsideRanges() {
        fails(Kind.USAGE, () -> Target.parse("a:b"), "'a:b'", "range", "history -r");
    }

    @Test
    void rejectsBadStepCounts() {
        fails(Kind.USAGE, () -> Target.parse("+0"), "'+0'", "0 steps");
        fails(Kind.USAGE, () -> Target.parse("ab-0"), "'ab-0'", "0 steps");
        fails(Kind.USAGE, () -> Target.parse("+99999999999"), "too large");
        fails(Kind.USAGE, () -> Target.parse("a+1+2"), "'a+1+2'", "two step counts");
        fails(Kind.USAGE, () -> Target.parse("heads-1"), "'heads-1'", "`heads` may be several");
        fails(Kind.USAGE, () -> new Target.Relative(new Target.Heads(), 1), "'heads' cannot anchor");
        fails(Kind.USAGE, () -> new Target.Relative(new Target.Head(), 0), "0 steps");
    }

    @Test
    void rejectsOtherAtForms() {
        fails(Kind.USAGE, () -> Target.parse("a@base"), "'a@base'", "<label>@head");
        fails(Kind.USAGE, () -> Target.parse("@head"), "'@head'", "<label>@head");
        fails(Kind.USAGE, () -> Target.parse("a@b@head"), "'a@b@head'");
    }

    @Test
    void rejectsPlusInsideNames() {
        fails(Kind.USAGE, () -> Target.parse("a+b"), "'a+b'", "'+'");
    }

    @Test
    void parsesRanges() {
        assertEquals(new TargetRange(new Target.Named("a"), new Target.Named("b")), TargetRange.parse("a:b"));
        assertEquals(new TargetRange(new Target.Base(), new Target.Named("b")), TargetRange.parse(":b"));
        assertEquals(new TargetRange(new Target.Named("a"), new Target.Heads()), TargetRange.parse("a:"));
        assertEquals(new TargetRange(new Target.Base(), new Target.Heads()), TargetRange.parse(":"));
        assertEquals(new TargetRange(new Target.Current(), new Target.Relative(new Target.Current(), 2)),
                TargetRange.parse("current:+2"));
        assertEquals("base:heads", TargetRange.parse(":").text());
    }

    @Test
    void rejectsBadRanges() {
        fails(Kind.USAGE, () -> TargetRange.parse("ab"), "'ab' is not a range", "FROM:TO");
        fails(Kind.USAGE, () -> TargetRange.parse("a:b:c"), "'a:b:c' is not a range");
        fails(Kind.USAGE, () -> TargetRange.parse("a@x:b"), "in range 'a@x:b'", "<label>@head");
    }
}
