package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateTextTest {

    @Test
    void readsTheDateLineInThePagesLanguage() {
        assertEquals("2019-10-16", DateText.find("16. Oktober 2019, 14:05 Uhr", "de"));
        assertEquals("2019-10-16", DateText.find("Publié le 16 octobre 2019 à 8 h 30", "fr"));
        assertEquals("2019-10-16", DateText.find("16 de octubre de 2019", "es"));
        assertEquals("2019-10-16", DateText.find("Updated Oct. 16, 2019 at 5:27 am", "en"));
        assertEquals("2019-10-16", DateText.find("Wednesday 16 October 2019", null));
        assertEquals("2019-10-16", DateText.find("16.10.2019", "de"));
        assertEquals("2019-10-16", DateText.find("2019-10-16", null));
    }

    @Test
    void aDateWithoutItsDayOrYearIsNoDate() {
        assertNull(DateText.find("© 2019 Example News", "en"), "a copyright year");
        assertNull(DateText.find("October 2019", "en"));
        assertNull(DateText.find("March 5", "en"));
        assertNull(DateText.find("31 February 2019", "en"));
        assertNull(DateText.find("Mark May 5 people", "en"));
    }
}
