package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredLiteralsTest {

    @Test
    void takesTheLongestLiteralEveryMatchContains() {
        assertEquals(Set.of(" our newsletter"),
                RequiredLiterals.of("(?:sign up|register) (?:for|to) our newsletter"));
        assertEquals(Set.of("mail"), RequiredLiterals.of("e-?mail"));
        assertEquals(Set.of("comment"), RequiredLiterals.of("(?:\\d+ )?comments?(?: \\(\\d+\\))?"));
    }

    @Test
    void anAlternationGivesOneLiteralPerBranch() {
        assertEquals(Set.of("register", "sign up"), RequiredLiterals.of("(?:register|sign up)(?: now| here)?"));
        assertEquals(Set.of("accept", "agree", "got it", "ok"),
                RequiredLiterals.of("(?:i )?(?:accept|agree|got it|ok(?:ay)?)"));
    }

    @Test
    void optionalPartsAndClassesGiveNothing() {
        assertEquals(Set.of("share"), RequiredLiterals.of("share(?: this| the)?"));
        assertEquals(Set.of(" ago"), RequiredLiterals.of("[0-9]+ \\w+ ago\\b.{0,40}"));
        assertEquals(Set.of("what?", "?"), RequiredLiterals.of("what\\?|\\?"));
    }

    @Test
    void boundedRepeatsNeedTheirLowerBound() {
        assertEquals(Set.of("ab"), RequiredLiterals.of("a{0,3}ab"));
        assertEquals(Set.of("yz"), RequiredLiterals.of("x{2}yz"));
        assertEquals(Set.of("x"), RequiredLiterals.of("x{1,}"));
        assertEquals(Set.of("go"), RequiredLiterals.of("go(?:ne){0,2}"));
        assertNull(RequiredLiterals.of("x{,2}y"));
        assertNull(RequiredLiterals.of("x{a}y"));
    }

    @Test
    void caseSensitiveGroupsAreReadPastButNameNothing() {
        assertEquals(Set.of("by", "written by"), RequiredLiterals.of("(?:by|written by) (?-i:\\p{Lu})[\\p{L}]*"));
        assertNull(RequiredLiterals.of("(?-i:AP)"));
    }

    @Test
    void noGateWhenAnyBranchOrTheWholePatternRequiresNoLiteral() {
        assertNull(RequiredLiterals.of("\\d+"));
        assertNull(RequiredLiterals.of("(?:login|\\d+)"));
        assertNull(RequiredLiterals.of("(?:a)?"));
        assertNull(RequiredLiterals.of("(?=share)share"));
        assertNull(RequiredLiterals.of("(?i)share"));
        assertNull(RequiredLiterals.of("\\Qa.b\\E"));
    }

    @Test
    void aLineThePatternMatchesAlwaysHoldsOneOfTheLiterals() {
        List<String> patterns = List.of("(?:sign up|register) (?:for|to) (?:our|the) .{0,40}(?:newsletter|e-?mails?).*",
                "(?:\\d+|an?|one) (?:seconds?|minutes?|hours?) ago\\b.{0,40}", "copied!?|link copied.*",
                "(?:follow|like) (?:us|@\\S+)", "x+y{2,}z");
        List<String> lines = List.of("sign up for our weekly newsletter", "register to the e-mails now",
                "3 minutes ago", "an hour ago, updated", "copied", "link copied to clipboard", "follow us",
                "like @paper", "xxyyyz", "xyz", "sign up", "follow");
        for (String regex : patterns) {
            Set<String> gate = RequiredLiterals.of(regex);
            for (String line : lines) {
                if (Pattern.compile(regex).matcher(line).matches()) {
                    assertTrue(gate.stream().anyMatch(line::contains), regex + " matched " + line + " outside " + gate);
                }
            }
        }
    }
}
