package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateNormalizerTest {

    @Test
    void keepsTheOffsetThePageGives() {
        assertEquals("2016-01-29T16:52:00+03:00", DateNormalizer.normalize("2016-01-29T16:52:00+03:00"));
        assertEquals("2017-02-23T17:18:00-08:00", DateNormalizer.normalize("2017-02-23T17:18-08:00"),
                "in UTC this would be the 24th: the day the page gives stays");
        assertEquals("2019-11-19T08:03:00-05:00", DateNormalizer.normalize("2019-11-19T08:03:00-0500"));
        assertEquals("2019-11-19T10:00:00Z", DateNormalizer.normalize("2019-11-19T10:00:00.000Z"));
        assertEquals("2019-11-19T10:00:00Z", DateNormalizer.normalize("2019-11-19 10:00:00 GMT"));
        assertEquals("2019-11-19T10:00:00Z", DateNormalizer.normalize("2019-11-19T10:00:00+00:00"));
        assertEquals("2019-11-19T10:00:00+01:00", DateNormalizer.normalize("Tue, 19 Nov 2019 10:00:00 +0100"));
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
