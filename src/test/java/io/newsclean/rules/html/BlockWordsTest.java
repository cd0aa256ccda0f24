package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.RuleChain;
import io.newsclean.rules.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockWordsTest {
    /** Asks the memo for every limit, twice, and records where it disagrees with counting the text. */
    private static final class Probe implements Rule {
        final List<String> mismatches = new ArrayList<>();
        int checks;

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public Verdict judge(Block block, JudgeContext context) {
            for (int pass = 0; pass < 2; pass++) {
                for (int limit = 0; limit <= BlockWords.CAP + 10; limit++) {
                    checks++;
                    int expected = BlockShape.words(block.text(), limit);
                    int memo = BlockShape.words(block, context, limit);
                    if (expected != memo) {
                        mismatches.add(block.text() + " @" + limit + ": " + memo + " != " + expected);
                    }
                    if (BlockShape.atMostWords(block.text(), limit) != BlockShape.atMostWords(block, context, limit)) {
                        mismatches.add(block.text() + " atMost @" + limit);
                    }
                }
            }
            return Verdict.PASS;
        }
    }

    @Test
    void memoisedCountsMatchCountingTheTextAtEveryLimit() {
        List<String> texts = List.of("", "Share", "Read more: the other story", Blocks.PROSE,
                (Blocks.PROSE + " ").repeat(4), "東京で会議が開かれた。", "Mixed 東京 text, 42 words? no");
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(new Block(blocks.size(), text, BlockKind.PARAGRAPH, 0, EnumSet.of(Mark.IN_MAIN), 0, ""));
        }
        // A block whose index does not point at itself is counted directly, not from another block's memo.
        blocks.add(new Block(0, "one two three four five six", BlockKind.PARAGRAPH, 0, EnumSet.of(Mark.IN_MAIN), 0, ""));
        Probe probe = new Probe();
        new RuleChain(List.of(probe)).judge(blocks, Blocks.NO_FACTS);
        assertEquals(List.of(), probe.mismatches);
        assertEquals(blocks.size() * 2 * (BlockWords.CAP + 11), probe.checks);
    }
}
