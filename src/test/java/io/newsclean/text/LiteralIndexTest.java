package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class LiteralIndexTest {

    @Test
    void findsEveryLiteralTheTextContainsOnce() {
        LiteralIndex.Builder builder = new LiteralIndex.Builder();
        int x = builder.id("x");
        int ok = builder.id("ok");
        int share = builder.id("share");
        int shared = builder.id("shared");
        int newsletter = builder.id("newsletter");
        LiteralIndex index = builder.build();
        assertArrayEquals(sorted(x, ok, share, shared), sorted(index.present("ok, x: shared, share, ok x")));
        assertArrayEquals(sorted(share), sorted(index.present("share")));
        assertArrayEquals(new int[0], index.present("nothing to see"));
        assertArrayEquals(new int[0], index.present(""));
        assertArrayEquals(sorted(newsletter), sorted(index.present("our newsletter")));
    }

    @Test
    void sameLiteralSameNumber() {
        LiteralIndex.Builder builder = new LiteralIndex.Builder();
        int first = builder.id("login");
        builder.id("register");
        assertArrayEquals(new int[] {first}, new int[] {builder.id("login")});
    }

    private static int[] sorted(int... ids) {
        int[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }
}
