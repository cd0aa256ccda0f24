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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stopword sets by ISO 639-1 code, taken from Lucene's analysers (their Snowball lists where
 * Lucene has them). Loaded once; the sets are read-only and safe to share between threads.
 */
public final class Stopwords {
    private static final Map<String, CharArraySet> SETS = load();

    private Stopwords() {
    }

    /** The stopwords of a language (lower-case), or null when none are known for it. */
    public static CharArraySet of(String language) {
        return language == null ? null : SETS.get(language);
    }

    /** The languages that have a stopword set, in a fixed order. */
    public static Set<String> languages() {
        return SETS.keySet();
    }

    private static Map<String, CharArraySet> load() {
        Map<String, CharArraySet> sets = new LinkedHashMap<>();
        // Lucene's EnglishAnalyzer set has only 33 words; the Snowball list is the fuller one.
        sets.put("en", snowball("english_stop.txt"));
        sets.put("de", GermanAnalyzer.getDefaultStopSet());
        sets.put("fr", FrenchAnalyzer.getDefaultStopSet());
        sets.put("es", SpanishAnalyzer.getDefaultStopSet());
        sets.put("it", ItalianAnalyzer.getDefaultStopSet());
        sets.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        sets.put("nl", DutchAnalyzer.getDefaultStopSet());
        sets.put("ru", RussianAnalyzer.getDefaultStopSet());
        sets.put("pl", polish());
        sets.put("da", DanishAnalyzer.getDefaultStopSet());
        sets.put("sv", SwedishAnalyzer.getDefaultStopSet());
        sets.put("no", NorwegianAnalyzer.getDefaultStopSet());
        sets.put("fi", FinnishAnalyzer.getDefaultStopSet());
        sets.put("hu", HungarianAnalyzer.getDefaultStopSet());
        sets.put("cs", CzechAnalyzer.getDefaultStopSet());
        sets.put("ro", RomanianAnalyzer.getDefaultStopSet());
        sets.put("tr", TurkishAnalyzer.getDefaultStopSet());
        sets.put("ca", CatalanAnalyzer.getDefaultStopSet());
        sets.put("gl", GalicianAnalyzer.getDefaultStopSet());
        sets.put("eu", BasqueAnalyzer.getDefaultStopSet());
        sets.put("ga", IrishAnalyzer.getDefaultStopSet());
        sets.put("id", IndonesianAnalyzer.getDefaultStopSet());
        sets.put("lt", LithuanianAnalyzer.getDefaultStopSet());
        sets.put("lv", LatvianAnalyzer.getDefaultStopSet());
        sets.put("et", EstonianAnalyzer.getDefaultStopSet());
        sets.put("sr", SerbianAnalyzer.getDefaultStopSet());
        sets.put("bg", BulgarianAnalyzer.getDefaultStopSet());
        sets.put("el", GreekAnalyzer.getDefaultStopSet());
        sets.put("hy", ArmenianAnalyzer.getDefaultStopSet());
        sets.put("ar", ArabicAnalyzer.getDefaultStopSet());
        sets.put("fa", PersianAnalyzer.getDefaultStopSet());
        sets.put("hi", HindiAnalyzer.getDefaultStopSet());
        sets.put("ne", NepaliAnalyzer.getDefaultStopSet());
        sets.put("bn", BengaliAnalyzer.getDefaultStopSet());
        sets.put("ta", TamilAnalyzer.getDefaultStopSet());
        sets.put("te", TeluguAnalyzer.getDefaultStopSet());
        sets.put("th", ThaiAnalyzer.getDefaultStopSet());
        return Collections.unmodifiableMap(sets);
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
