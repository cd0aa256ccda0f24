package io.newsclean.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded CLI jar, run as users run it ({@code java -jar target/newsclean.jar}), against the
 * same command run in-process on the compiled classes. The jar keeps only the classes its code
 * can reach, so a class that some path loads by name alone would be missing from it: each path
 * here (every sample in every output format, --explain, batch to files, to JSON Lines and from a
 * WARC archive, a page in each language with phrase lists, help and errors) must give the same
 * exit code and the same output from both. Runs after the package phase (mvn verify).
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target/newsclean.jar");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path WARC = Path.of("src/test/resources/io/newsclean/batch/WarcFuzzTestInputs/readArchive");

    /**
     * A few sentences of news prose per language that has phrase lists, so that the language guess
     * and each language's tables are used by the jar.
     */
    private static final Map<String, String> PAGES = Map.of(
            "en", "The council said on Monday that the new bridge will open in the spring. "
                    + "It was built by a local firm and the work has taken more than two years.",
            "de", "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird. "
                    + "Sie wurde von einer Firma aus der Region gebaut, und die Arbeiten haben mehr als zwei Jahre gedauert.",
            "fr", "Le conseil municipal a annoncé lundi que le nouveau pont sera ouvert au printemps. "
                    + "Il a été construit par une entreprise de la région et les travaux ont duré plus de deux ans.",
            "es", "El ayuntamiento anunció el lunes que el nuevo puente se abrirá en la primavera. "
                    + "Lo ha construido una empresa de la región y las obras han durado más de dos años.",
            "it", "Il consiglio comunale ha detto lunedì che il nuovo ponte sarà aperto in primavera. "
                    + "È stato costruito da una ditta della zona e i lavori sono durati più di due anni.",
            "pt", "A câmara municipal disse na segunda-feira que a nova ponte vai abrir na primavera. "
                    + "Foi construída por uma empresa da região e as obras duraram mais de dois anos.",
            "nl", "De gemeenteraad heeft maandag gezegd dat de nieuwe brug in het voorjaar wordt geopend. "
                    + "Hij is gebouwd door een bedrijf uit de regio en het werk heeft meer dan twee jaar geduurd.",
            "pl", "Rada miasta poinformowała w poniedziałek, że nowy most zostanie otwarty na wiosnę. "
                    + "Został zbudowany przez firmę z regionu, a prace trwały ponad dwa lata.",
            "ru", "Городской совет сообщил в понедельник, что новый мост будет открыт весной. "
                    + "Его построила местная компания, и работы продолжались больше двух лет.");

    private static final Pattern TIMING = Pattern.compile("in [0-9.]+ s \\([0-9.]+ pages/s\\)");

    @TempDir
    static Path tmp;

    private static List<String> samples;

    @BeforeAll
    static void inputs() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the build has not made " + JAR);
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.map(Path::toString)
                    .filter(name -> (name.endsWith(".html") || name.endsWith(".txt")) && !name.contains(".expected."))
                    .sorted()
                    .toList();
        }
        assertTrue(samples.size() >= 10, "samples: " + samples);
    }

    @Test
    void everySampleInEachOutputFormat() throws Exception {
        for (String format : List.of("json", "text", "markdown")) {
            List<String> args = new ArrayList<>(List.of("--output-format", format));
            args.addAll(samples);
            assertSameAsInProcess(args);
        }
    }

    @Test
    void everySampleExplained() throws Exception {
        List<String> args = new ArrayList<>(List.of("--explain", "--compact"));
        args.addAll(samples);
        assertSameAsInProcess(args);
    }

    @Test
    void aPageInEachLanguageWithPhraseLists() throws Exception {
        List<String> args = new ArrayList<>(List.of("--compact"));
        for (Map.Entry<String, String> page : new TreeMap<>(PAGES).entrySet()) {
            Path file = tmp.resolve("page-" + page.getKey() + ".txt");
            String title = page.getValue().substring(0, page.getValue().indexOf(' ', 30));
            Files.writeString(file, title + "\n\n" + page.getValue() + "\n\n" + page.getValue() + "\n");
            args.add(file.toString());
        }
        String out = assertSameAsInProcess(args);
        for (String language : new TreeMap<>(PAGES).keySet()) {
            assertTrue(out.contains("\"language\":\"" + language + "\""), language + " not guessed in " + out);
        }
    }

    @Test
    void batchToJsonLinesOnStandardOutputFromFilesAndArchives() throws Exception {
        List<String> args = new ArrayList<>(List.of("batch", "--jsonl", "-", "samples"));
        args.add(WARC.resolve("seed-plain.warc").toString());
        args.add(WARC.resolve("seed-members.warc.gz").toString());
        assertFalse(assertSameAsInProcess(args).isEmpty());
    }

    @Test
    void batchToFilesInEachOutputFormat() throws Exception {
        for (String format : List.of("json", "text", "markdown")) {
            Path viaJar = tmp.resolve("jar-" + format);
            Path inProcess = tmp.resolve("classes-" + format);
            Result jar = jar(List.of("batch", "samples", "--out", viaJar.toString(), "--output-format", format));
            CliRun classes = CliRun.of("batch", "samples", "--out", inProcess.toString(), "--output-format", format);
            assertEquals(classes.code(), jar.code, jar.err);
            assertEquals(files(inProcess), files(viaJar));
        }
    }

    @Test
    void helpVersionAndUsageErrors() throws Exception {
        assertSameAsInProcess(List.of("--help"));
        assertSameAsInProcess(List.of("batch", "--help"));
        assertSameAsInProcess(List.of("--version"));
        assertSameAsInProcess(List.of("--output-format", "pdf", "x"));
        assertSameAsInProcess(List.of("no-such-page.html"));
    }

    /** Runs the arguments both ways, checks that exit code and both streams agree, and returns standard output. */
    private static String assertSameAsInProcess(List<String> args) throws Exception {
        Result jar = jar(args);
        CliRun classes = CliRun.of(args.toArray(String[]::new));
        assertFalse(jar.err.contains("Exception") || jar.err.contains("Error:"), jar.err);
        assertEquals(classes.code(), jar.code, args + "\n" + jar.err);
        assertEquals(classes.out(), jar.out, args.toString());
        assertEquals(untimed(classes.err()), untimed(jar.err), args.toString());
        return jar.out;
    }

    /** A batch's summary line without its time and rate, which differ from run to run. */
    private static String untimed(String err) {
        return TIMING.matcher(err).replaceAll("in T");
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        assertFalse(contents.isEmpty(), "nothing written in " + dir);
        return contents;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result jar(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(args);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the jar did not finish: " + args);
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
