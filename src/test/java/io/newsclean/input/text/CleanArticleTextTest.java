package io.newsclean.input.text;

import io.newsclean.NewsCleaner;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A clean article given as text keeps every paragraph; its first line becomes the title. */
class CleanArticleTextTest {

    private static Article clean(String text) {
        return new NewsCleaner().clean(new Page(text, Format.TEXT, "UTF-8", SourceInfo.ofFile("-"), null), true);
    }

    @Test
    void keepsEveryParagraphOfACleanArticle() {
        List<String> body = List.of(
                "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program for another two years, "
                        + "ending weeks of uncertainty for the agencies that depend on it.",
                "The measure passed 68-31, with a dozen members of the minority joining the majority.",
                "“This is a good day for the country,” the majority leader told reporters after the vote.",
                "What comes next",
                "The bill now goes to the House, where leaders have said they will take it up before the recess, "
                        + "although several members have asked for changes.",
                "Critics say the program costs too much.",
                "Follow Jane Doe on Twitter @janedoe.");
        String text = "Senate extends program for two years.\n\n" + String.join("\n\n", body) + "\n";
        Article article = clean(text);
        assertEquals("Senate extends program for two years.", article.title());
        assertEquals(body, article.paragraphs());
    }
}
