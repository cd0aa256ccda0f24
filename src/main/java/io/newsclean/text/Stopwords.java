package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Stopword sets by ISO 639-1 code, taken from Lucene's analysers (their Snowball lists where
 * Lucene has them). Each list is read on its first use, once: a page needs the lists of its own
 * script's languages only, and a single call should not pay for reading the others. The build
 * writes each list into a table of its own, one word a line ({@link BuiltTables}), which a call
 * reads instead: Lucene's list parser compiles a pattern per line it reads. The sets are
 * read-only and safe to share between threads.
 */
public final class Stopwords {
    /** The languages that have a list, in a fixed order. */
    private static final Set<String> LANGUAGES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "da", "sv", "no", "fi", "hu", "cs", "ro", "tr",
            "ca", "gl", "eu", "ga", "id", "lt", "lv", "et", "sr", "bg", "el", "hy", "ar", "fa", "hi", "ne", "bn",
            "ta", "te", "th")));
    private static final ConcurrentMap<String, CharArraySet> LOADED = new ConcurrentHashMap<>();

    private Stopwords() {
    }

    /** The stopwords of a language (lower-case), or null when none are known for it. */
    public static CharArraySet of(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            return null;
        }
        CharArraySet set = LOADED.get(language);
        return set != null ? set : LOADED.computeIfAbsent(language, Stopwords::load);
    }

    /** The languages that have a stopword set, in a fixed order. */
    public static Set<String> languages() {
        return LANGUAGES;
    }

    private static CharArraySet load(String language) {
        List<String> table = BuiltTables.lines(tableName(language));
        return table != null ? fromTable(table) : fromLucene(language);
    }

    /** The build's table of a language's list. */
    static String tableName(String language) {
        return "stopwords-".concat(language).concat(".txt");
    }

    /** Writes every language's list into the folder given, one word a line ({@link BuiltTables}). */
    static void writeAll(Path folder) throws IOException {
        for (String language : LANGUAGES) {
            StringBuilder text = new StringBuilder();
            for (Object word : fromLucene(language)) {
                String line = word instanceof char[] chars ? new String(chars) : word.toString();
                if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                    throw new IllegalStateException(language + ": a stopword with a line break in it");
                }
                text.append(line).append('\n');
            }
            BuiltTables.write(folder, tableName(language), text.toString());
        }
    }

    static CharArraySet fromTable(List<String> words) {
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String word : words) {
            set.add(word);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** A language's list as Lucene has it. */
    static CharArraySet fromLucene(String language) {
        switch (language) {
            // Lucene's EnglishAnalyzer set has only 33 words; the Snowball list is the fuller one.
            case "en": return snowball("english_stop.txt");
            case "de": return GermanAnalyzer.getDefaultStopSet();
            case "fr": return FrenchAnalyzer.getDefaultStopSet();
            case "es": return SpanishAnalyzer.getDefaultStopSet();
            case "it": return ItalianAnalyzer.getDefaultStopSet();
            case "pt": return PortugueseAnalyzer.getDefaultStopSet();
            case "nl": return DutchAnalyzer.getDefaultStopSet();
            case "ru": return RussianAnalyzer.getDefaultStopSet();
            case "pl": return polish();
            case "da": return DanishAnalyzer.getDefaultStopSet();
            case "sv": return SwedishAnalyzer.getDefaultStopSet();
            case "no": return NorwegianAnalyzer.getDefaultStopSet();
            case "fi": return FinnishAnalyzer.getDefaultStopSet();
            case "hu": return HungarianAnalyzer.getDefaultStopSet();
            case "cs": return CzechAnalyzer.getDefaultStopSet();
            case "ro": return RomanianAnalyzer.getDefaultStopSet();
            case "tr": return TurkishAnalyzer.getDefaultStopSet();
            case "ca": return CatalanAnalyzer.getDefaultStopSet();
            case "gl": return GalicianAnalyzer.getDefaultStopSet();
            case "eu": return BasqueAnalyzer.getDefaultStopSet();
            case "ga": return IrishAnalyzer.getDefaultStopSet();
            case "id": return IndonesianAnalyzer.getDefaultStopSet();
            case "lt": return LithuanianAnalyzer.getDefaultStopSet();
            case "lv": return LatvianAnalyzer.getDefaultStopSet();
            case "et": return EstonianAnalyzer.getDefaultStopSet();
            case "sr": return SerbianAnalyzer.getDefaultStopSet();
            case "bg": return BulgarianAnalyzer.getDefaultStopSet();
            case "el": return GreekAnalyzer.getDefaultStopSet();
            case "hy": return ArmenianAnalyzer.getDefaultStopSet();
            case "ar": return ArabicAnalyzer.getDefaultStopSet();
            case "fa": return PersianAnalyzer.getDefaultStopSet();
            case "hi": return HindiAnalyzer.getDefaultStopSet();
            case "ne": return NepaliAnalyzer.getDefaultStopSet();
            case "bn": return BengaliAnalyzer.getDefaultStopSet();
            case "ta": return TamilAnalyzer.getDefaultStopSet();
            case "te": return TeluguAnalyzer.getDefaultStopSet();
            case "th": return ThaiAnalyzer.getDefaultStopSet();
            default: throw new IllegalArgumentException("no stopword list for " + language);
        }
    }

    /**
     * The Polish list, read from its file: PolishAnalyzer's own getter loads its 2 MB stemming table
     * with it, which would cost every page half the time of everything else loaded here.
     */
    private static CharArraySet polish() {
        try (InputStream in = PolishAnalyzer.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene resource missing: pl/stopwords.txt");
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(in, "#"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet snowball(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene resource missing: " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
