package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateNormalizerTest {

    @Test
    void convertsOffsetsToUtc() {
        assertEquals("2016-01-29T13:52:00Z", DateNormalizer.normalize("2016-01-29T16:52:00+03:00"));
        assertEquals("2019-11-19T13:03:00Z", DateNormalizer.normalize("2019-11-19T08:03:00-0500"));
        assertEquals("2019-11-19T10:00:00Z", DateNormalizer.normalize("2019-11-19T10:00:00.000Z"));
        assertEquals("2019-11-19T10:00:00Z", DateNormalizer.normalize("2019-11-19 10:00:00 GMT"));
        assertEquals("2019-11-19T09:00:00Z", DateNormalizer.normalize("Tue, 19 Nov 2019 10:00:00 +0100"));
    }

    @Test
    void keepsLocalTimesAndDatesWithoutInventingAnOffset() {
        assertEquals("2019-11-19T10:00:00", DateNormalizer.normalize("2019-11-19T10:00"));
        assertEquals("2019-11-19", DateNormalizer.normalize("2019-11-19"));
    }

    @Test
    void unreadableDatesAreUnknown() {
        assertNull(DateNormalizer.normalize("last Tuesday"));
        assertNull(DateNormalizer.normalize("2019-13-45"));
        assertNull(DateNormalizer.normalize(""));
        assertNull(DateNormalizer.normalize(null));
    }
}
