package io.newsclean.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The minister said on Friday that the meeting would be held in the spring, and that it was the first of its kind.",
        "de|Der Minister sagte am Freitag, dass das Treffen im Frühjahr stattfinden werde und es das erste seiner Art sei.",
        "fr|Le ministre a déclaré vendredi que la réunion aurait lieu au printemps et que ce serait la première de ce genre.",
        "es|El ministro dijo el viernes que la reunión se celebraría en la primavera y que sería la primera de su tipo.",
        "it|Il ministro ha detto venerdì che la riunione si terrà in primavera e che sarà la prima nel suo genere.",
        "pt|O ministro disse na sexta-feira que a reunião será realizada na primavera e que será a primeira do seu tipo.",
        "ru|Министр заявил в пятницу, что встреча состоится весной и что она будет первой в своем роде, но не последней.",
        "pl|Minister powiedział w piątek, że spotkanie odbędzie się wiosną i że będzie to pierwsze takie spotkanie od lat.",
        "nl|De minister zei vrijdag dat de bijeenkomst in het voorjaar zal plaatsvinden en dat het de eerste in zijn soort is.",
        "uk|Міністр заявив у п'ятницю, що зустріч відбудеться навесні і що вона буде першою такою за багато років.",
        "ja|大臣は金曜日に、会議は春に開かれると述べた。これはこの種の会議として初めてのものになるという。",
        "ko|장관은 금요일에 회의가 봄에 열릴 것이라고 말했다 이것은 그런 종류의 첫 번째 회의가 될 것이다",
    })
    void namesTheLanguageOfARealSentence(String expected, String text) {
        assertEquals(expected, LanguageGuesser.guess(text));
    }

    @Test
    void isUnsureAboutTooLittleText() {
        assertNull(LanguageGuesser.guess("Home News Sport"));
        assertNull(LanguageGuesser.guess(""));
    }

    @Test
    void threadsGuessingAtOnceGetTheSameAnswersAsOneThread() throws Exception {
        // each script's stopword table is built on its first page; a race for it must not change an answer
        List<String> texts = List.of(
                "The minister said on Friday that the meeting would be held in the spring, and that it was the first.",
                "Der Minister sagte am Freitag, dass das Treffen im Frühjahr stattfinden werde und es das erste sei.",
                "Министр заявил в пятницу, что встреча состоится весной и что она будет первой в своем роде.");
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = texts.get(i % texts.size());
            guesses.add(() -> LanguageGuesser.guess(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = pool.invokeAll(guesses);
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(List.of("en", "de", "ru").get(i % texts.size()), answers.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void isUnsureWithoutStopwords() {
        assertNull(LanguageGuesser.guess("iPhone iPad MacBook AirPods HomePod Watch TV Music Arcade Fitness"));
    }
}
