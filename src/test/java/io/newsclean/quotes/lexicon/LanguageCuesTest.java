package io.newsclean.quotes.lexicon;

import io.newsclean.model.Quote;
import io.newsclean.quotes.QuoteExtractor;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cues and attribution chosen by the article's language. Each row: the language, the paragraphs (" ¶ "
 * between them), then the quote expected in the last paragraph (text, speaker, type), or "-" when the
 * last paragraph must give none. The trap of each rule stands right below it.
 */
class LanguageCuesTest {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // an inverted cue names the speaker after it; the words after the name are not part of it
            "de|„Wir holen nach“, sagte Bürgermeisterin Katrin Albers nach der Abstimmung.|Wir holen nach|Katrin Albers|direct",
            "fr|« Nous rattrapons le retard », a déclaré le maire Jean Moreau après la séance.|Nous rattrapons le retard|Jean Moreau|direct",
            "es|«Recuperamos el tiempo perdido», dijo la alcaldesa Ana Ruiz tras la reunión.|Recuperamos el tiempo perdido|Ana Ruiz|direct",
            // a pronoun after the cue stands for the latest person of its gender
            "de|Anna Albers leitet die Stadt. ¶ „Wir holen nach“, sagte sie.|Wir holen nach|Anna Albers|direct",
            "es|Luis Ortega dirige Cultura. ¶ «Abriremos los domingos», dijo él.|Abriremos los domingos|Luis Ortega|direct",
            // reported speech: after the comma German sets after the cue, or after "dass" / "que"
            "de|Peter Brandt sagte, die Stadt habe lange genug gewartet.|die Stadt habe lange genug gewartet|Peter Brandt|indirect",
            "de|Peter Brandt sagte, dass die Stadt lange genug gewartet habe.|dass die Stadt lange genug gewartet habe|Peter Brandt|indirect",
            "fr|Sophie Garnier a déclaré que la ville aurait dû consulter les habitants.|que la ville aurait dû consulter les habitants|Sophie Garnier|indirect",
            "es|Luis Ortega dijo que el Ayuntamiento contratará a dos bibliotecarios.|que el Ayuntamiento contratará a dos bibliotecarios|Luis Ortega|indirect",
            // trap: English sets no comma after its cue, so "said, …" opens no report there
            "en|Peter Brandt said, frankly, nothing at all about the city.|-||",
            // the clause before an inverted cue, which every speech verb of these languages may be
            "de|Der erste Abschnitt soll bis zum Sommer fertig sein, sagte Albers.|Der erste Abschnitt soll bis zum Sommer fertig sein|Albers|indirect",
            "es|Las obras terminarán antes del verano, señaló Ortega.|Las obras terminarán antes del verano|Ortega|indirect",
            // a source named first, in the article's language
            "fr|Selon Claire Dubois, la moitié des étals restera ouverte pendant les travaux.|la moitié des étals restera ouverte pendant les travaux|Claire Dubois|indirect",
            "es|Según Ortega, las obras de la nueva sala terminarán antes del verano.|las obras de la nueva sala terminarán antes del verano|Ortega|indirect",
            // trap: a stance verb is no cue in these languages, so its clause is no one's words
            "de|Die Händler fürchten, dass im Sommer Parkplätze fehlen.|-||",
            // trap: the words inside a quotation are never the subject of the report after it
            "de|„Wir holen nach, was versäumt wurde“, sagte Katrin Albers vor der Presse.|Wir holen nach, was versäumt wurde|Katrin Albers|direct"})
    void quotesInTheArticlesLanguage(String language, String paragraphs, String text, String speaker, String type) {
        List<String> ps = Arrays.asList(paragraphs.split(" ¶ "));
        List<Quote> quotes = EXTRACTOR.extract(ps, language).stream()
                .filter(q -> q.paragraph() == ps.size() - 1).toList();
        if (text.equals("-")) {
            assertTrue(quotes.isEmpty(), () -> "no quote expected, got " + quotes);
            return;
        }
        assertEquals(1, quotes.size(), () -> "one quote expected, got " + quotes);
        Quote q = quotes.get(0);
        assertEquals(text, q.text());
        assertEquals(speaker, q.speaker());
        assertEquals(type, q.type().wireName());
    }
}
