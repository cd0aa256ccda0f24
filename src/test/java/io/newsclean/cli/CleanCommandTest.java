package io.newsclean.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclean.NewsCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    // --- one input, many inputs, standard input -------------------------------------------

    @Test
    void oneFileWritesOneIndentedObjectAndExitsZero() throws Exception {
        String file = fixture("article.txt");
        CliRun run = CliRun.of(file);

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        JsonNode article = JSON.readTree(run.out());
        assertEquals(1, article.get("schemaVersion").asInt());
        assertEquals(file, article.get("source").get("file").asText());
        assertEquals("text", article.get("source").get("format").asText());
        assertEquals("UTF-8", article.get("source").get("charset").asText());
        assertTrue(article.get("paragraphs").size() >= 3, run.out());
        assertTrue(run.outLines().size() > 10, "pretty output spreads over lines: " + run.out());
    }

    @Test
    void noFileReadsStandardInput() throws Exception {
        CliRun run = CliRun.withStdin(fixtureBytes("article.txt"));

        assertEquals(0, run.code(), run.err());
        JsonNode article = JSON.readTree(run.out());
        assertEquals("-", article.get("source").get("file").asText());
        assertTrue(article.get("paragraphs").size() >= 3);
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        CliRun run = CliRun.withStdin(fixtureBytes("article.html"), "-");

        assertEquals(0, run.code(), run.err());
        JsonNode article = JSON.readTree(run.out());
        assertEquals("-", article.get("source").get("file").asText());
        assertEquals("html", article.get("source").get("format").asText());
    }

    @Test
    void severalInputsWriteOneCompactLinePerInputInOrder() throws Exception {
        String text = fixture("article.txt");
        String html = fixture("article.html");
        CliRun run = CliRun.withStdin(fixtureBytes("article.txt"), html, "-", text);

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), run.out());
        assertEquals(List.of(html, "-", text), lines.stream().map(l -> sourceFile(l)).toList());
        assertEquals("html", parse(lines.get(0)).get("source").get("format").asText());
        assertEquals("text", parse(lines.get(2)).get("source").get("format").asText());
    }

    @Test
    void aFailingInputAmongSeveralGetsAnErrorRecordInItsPlaceAndExitOne() throws Exception {
        String text = fixture("article.txt");
        String missing = tmp.resolve("missing.html").toString();
        String html = fixture("article.html");
        CliRun run = CliRun.of(text, missing, html);

        assertEquals(1, run.code());
        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), run.out());
        JsonNode error = parse(lines.get(1));
        assertEquals(missing, error.get("source").get("file").asText());
        assertEquals("no such file", error.get("error").asText());
        assertEquals(1, error.get("schemaVersion").asInt());
        assertTrue(parse(lines.get(2)).get("paragraphs").size() >= 3, "the run goes on after a failure");
        assertEquals(List.of("newsclean: " + missing + ": no such file"), run.errLines());
    }

    @Test
    void aFailingSingleInputWritesNothingToStandardOutput() {
        CliRun run = CliRun.of(tmp.resolve("missing.txt").toString());

        assertEquals(1, run.code());
        assertEquals("", run.out());
    }

    // --- options ------------------------------------------------------------------------------

    @Test
    void compactWritesOneLine() throws Exception {
        CliRun run = CliRun.of("--compact", fixture("article.txt"));

        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(parse(run.out()).get("paragraphs").size() >= 3);
    }

    @Test
    void explainAddsRemovedAndItIsAbsentOtherwise() throws Exception {
        String file = fixture("article.html");

        JsonNode plain = parse(CliRun.of(file).out());
        JsonNode explained = parse(CliRun.of("--explain", file).out());

        assertFalse(plain.has("removed"), plain.toString());
        assertTrue(explained.get("removed").isArray(), explained.toString());
        assertEquals(plain.get("paragraphs"), explained.get("paragraphs"));
    }

    @Test
    void urlFlowsToTheUrlField() throws Exception {
        CliRun run = CliRun.of("--url", "https://example.com/news/ferry", fixture("article.txt"));

        assertEquals(0, run.code(), run.err());
        assertEquals("https://example.com/news/ferry", parse(run.out()).get("url").asText());
    }

    @Test
    void withoutUrlTheUrlOfATextPageIsNull() throws Exception {
        assertTrue(parse(CliRun.of(fixture("article.txt")).out()).get("url").isNull());
    }

    @Test
    void formatForcesTheReaderWhateverTheInputLooksLike() throws Exception {
        String html = fixture("article.html");

        assertEquals("text", parse(CliRun.of("--format", "text", html).out()).get("source").get("format").asText());
        assertEquals("html", parse(CliRun.of("--format=HTML", html).out()).get("source").get("format").asText());
        assertEquals("html", parse(CliRun.of("--format", "auto", html).out()).get("source").get("format").asText());
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
        byte[] page = "Zürich, Kraków and Αθήνα share the night trains timetable, from nine in the evening until dawn."
                .getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.withStdin(page, "--format", "text");

        assertTrue(run.out().contains("Zürich, Kraków and Αθήνα"), run.out());
        assertFalse(run.out().contains("\\u"), run.out());
    }

    // --- help, version, usage errors ----------------------------------------------------------

    @Test
    void helpGoesToStandardOutputAndExitsZero() {
        for (String flag : List.of("-h", "--help")) {
            CliRun run = CliRun.of(flag);
            assertEquals(0, run.code(), flag);
            assertTrue(run.out().startsWith("Usage: newsclean"), run.out());
            for (String option : List.of("--format", "--url", "--explain", "--compact", "--version")) {
                assertTrue(run.out().contains(option), option + " is documented");
            }
            assertEquals("", run.err());
        }
    }

    @Test
    void helpListsTheBatchCommand() {
        assertTrue(CliRun.of("--help").out().contains("batch  Cleans folders"), CliRun.of("--help").out());
    }

    @Test
    void onlyArgumentsThatCouldReachBatchOrItsHelpBuildTheBatchCommand() {
        for (String[] args : List.of(new String[] {"batch", "in", "--jsonl", "out"}, new String[] {"@args.txt"},
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"-hV"}, new String[] {"a.html", "batch"},
                new String[] {"--explain=true", "a.html"}, new String[] {"-x", "a.html"}, new String[] {"--", "a.html"})) {
            assertTrue(Main.mayNeedBatch(args), String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {"a.html"}, new String[] {}, new String[] {"-"},
                new String[] {"--format", "html", "--url", "https://example.com/a", "a.html", "b.txt"},
                new String[] {"--format=text", "--explain", "--compact", "--max-bytes=2m", "--output-format", "text", "-"})) {
            assertFalse(Main.mayNeedBatch(args), String.join(" ", args));
        }
    }

    @Test
    void withoutTheBatchCommandThePlainCommandAnswersAsWithIt() throws Exception {
        String page = fixture("article.html");
        for (String[] args : List.of(new String[] {page}, new String[] {"--format", "bogus", page},
                new String[] {"--url", "not-absolute", page}, new String[] {"--explain", "--output-format", "text", page},
                new String[] {"--max-bytes=2q", page}, new String[] {"--format"}, new String[] {"missing.html"},
                new String[] {"--compact", "--format=text", page, page})) {
            assertFalse(Main.mayNeedBatch(args), String.join(" ", args));
            CliRun fast = CliRun.of(args);
            CliRun full = withEveryCommand(args);
            assertEquals(full, fast, String.join(" ", args));
        }
    }

    /** A run of the command line with the batch subcommand in place, whatever the arguments. */
    private static CliRun withEveryCommand(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Main.Streams streams = new Main.Streams(new ByteArrayInputStream(new byte[0]), () -> false, o, e);
            int code = Main.commandLine(streams, maxBytes -> new NewsCleaner(maxBytes)::clean).execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    // --- output formats ---------------------------------------------------------------------

    @Test
    void markdownAndTextGoToStandardOutputWithNothingOnStandardError() throws Exception {
        String file = fixture("article.html");
        for (String format : List.of("markdown", "md", "text", "txt")) {
            CliRun run = CliRun.of("--output-format", format, file);
            assertEquals(0, run.code(), run.err());
            assertEquals("", run.err());
            boolean markdown = format.startsWith("m");
            assertEquals(markdown, run.out().startsWith("---\n"), run.out());
            assertTrue(run.out().endsWith(".\n") && !run.out().endsWith("\n\n"), run.out());
        }
    }

    @Test
    void severalInputsInTextAreWrittenInOrderABlankLineApartAndAFailureWritesNothing() throws Exception {
        String file = fixture("article.html");
        CliRun one = CliRun.of("--output-format", "text", file);
        CliRun several = CliRun.of("--output-format", "text", file, tmp.resolve("missing.html").toString(), file);

        assertEquals(1, several.code());
        assertEquals(one.out() + "\n" + one.out(), several.out());
        assertEquals(1, several.errLines().size(), several.err());
        assertTrue(several.err().contains("missing.html: no such file"), several.err());
    }

    @Test
    void explainOrCompactWithTextIsAUsageError() throws Exception {
        String file = fixture("article.html");
        assertUsageError(CliRun.of("--output-format", "text", "--explain", file), "--explain applies only to --output-format json");
        assertUsageError(CliRun.of("--output-format", "markdown", "--compact", file), "--compact applies only to --output-format json");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        assertUsageError(CliRun.of("--output-format", "yaml", "x.html"),
                "invalid output format 'yaml': expected json, text or markdown");
    }

    // --- a person at a terminal ---------------------------------------------------------------

    @Test
    void bareAtATerminalItSaysWhatItWaitsForInOneLineOnStandardError() {
        CliRun run = CliRun.atTerminal();

        assertEquals(CleanCommand.TERMINAL_HINT, run.errLines().get(0));
        assertTrue(CleanCommand.TERMINAL_HINT.contains("standard input") && CleanCommand.TERMINAL_HINT.contains("Ctrl-D"));
        assertEquals("", run.out());
    }

    @Test
    void withFilesOrAPipeThereIsNoHint() throws Exception {
        CliRun withFile = CliRun.atTerminal(fixture("article.html"));
        CliRun piped = CliRun.withStdin(fixtureBytes("article.html"));

        assertEquals("", withFile.err());
        assertEquals("", piped.err());
    }

    @Test
    void versionPrintsTheVersionFromTheBuild() {
        for (String flag : List.of("-V", "--version")) {
            CliRun run = CliRun.of(flag);
            assertEquals(0, run.code(), flag);
            assertTrue(run.out().matches("newsclean \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertUsageError(CliRun.of("--colour", fixture("article.txt")), "Unknown option: '--colour'");
    }

    @Test
    void anInvalidFormatIsAUsageError() {
        assertUsageError(CliRun.of("--format", "pdf", fixture("article.txt")), "invalid format 'pdf'");
    }

    @Test
    void aRelativeUrlIsAUsageError() {
        assertUsageError(CliRun.of("--url", "news/1", fixture("article.txt")), "invalid URL 'news/1'");
    }

    @Test
    void aMissingOptionValueIsAUsageError() {
        assertUsageError(CliRun.of("--format"), "--format");
    }

    // --- bad input ----------------------------------------------------------------------------

    @Test
    void anEmptyFileFails() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.html"), new byte[0]);
        assertInputFailure(CliRun.of(empty.toString()), empty + ": input is empty");
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() throws IOException {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n\n   \r\n\t\n");
        assertInputFailure(CliRun.of(blank.toString()), blank + ": input is empty");
    }

    @Test
    void emptyStandardInputFails() {
        assertInputFailure(CliRun.withStdin(new byte[0]), "standard input: input is empty");
    }

    @Test
    void aBinaryFileFails() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path image = Files.write(tmp.resolve("photo.html"), png);
        assertInputFailure(CliRun.of(image.toString()), image + ": input is binary, not HTML or text");
    }

    @Test
    void aMissingFileFails() {
        String missing = tmp.resolve("nope.html").toString();
        assertInputFailure(CliRun.of(missing), missing + ": no such file");
    }

    @Test
    void aFileNameWithALineBreakStillGivesOneLine() {
        String odd = tmp.resolve("two\nlines.html").toString();
        assertInputFailure(CliRun.of(odd), tmp.resolve("two").toString() + " lines.html: no such file");
    }

    @Test
    void aDirectoryFails() {
        CliRun run = CliRun.of(tmp.toString());
        assertInputFailure(run, tmp + ": is a directory");
        assertTrue(run.err().contains("newsclean batch"), "points to the command for folders");
    }

    @Test
    void anUnreadableFileFailsUnlessTheUserMayReadAnyFile() throws Exception {
        Path locked = Files.write(tmp.resolve("locked.txt"), fixtureBytes("article.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean readableAnyway = canRead(locked);

        CliRun run = CliRun.of(locked.toString());

        if (readableAnyway) {
            // Running as root: permissions do not stop reading, and the tool must not pretend they do.
            assertEquals(0, run.code(), run.err());
            assertTrue(parse(run.out()).get("paragraphs").size() >= 3);
        } else {
            assertInputFailure(run, locked + ": permission denied");
        }
    }

    @Test
    void aPermissionErrorReadsAsOne() {
        assertEquals("permission denied", InputFiles.describe(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("no such file", InputFiles.describe(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("cannot read: Input/output error",
                InputFiles.describe(new java.nio.file.FileSystemException("/x", null, "Input/output error")));
    }

    @Test
    void aPageWithNoArticleStillWritesItsObjectWithAWarningAndExitsOne() throws Exception {
        String page = fixture("no-article.html");
        CliRun run = CliRun.of(page);

        assertEquals(1, run.code());
        JsonNode article = parse(run.out());
        assertEquals(0, article.get("paragraphs").size());
        assertTrue(article.get("warnings").size() > 0, run.out());
        assertEquals(List.of("newsclean: " + page + ": no article found"), run.errLines());
    }

    @Test
    void aGzippedFileIsReadTransparently() throws Exception {
        Path gz = tmp.resolve("article.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(fixtureBytes("article.txt"));
        }

        CliRun zipped = CliRun.of(gz.toString());
        CliRun plain = CliRun.of(fixture("article.txt"));

        assertEquals(0, zipped.code(), zipped.err());
        assertEquals(parse(plain.out()).get("paragraphs"), parse(zipped.out()).get("paragraphs"));
    }

    @Test
    void aLibraryFailureCostsOneInputWithOneLineAndNoStackTrace() throws Exception {
        PageCleaner broken = (bytes, options, source) -> {
            throw new IllegalStateException("boom\n\tat somewhere.Deep(Deep.java:1)");
        };
        CliRun run = CliRun.with(broken, new byte[0], fixture("article.txt"), fixture("article.html"));

        assertEquals(1, run.code());
        assertEquals(2, run.outLines().size(), "each input still has its line");
        assertEquals("internal error: IllegalStateException: boom at somewhere.Deep(Deep.java:1)", parse(run.outLines().get(0)).get("error").asText());
        assertEquals(2, run.errLines().size(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnexpectedFailureOfTheCommandIsDescribedInOneLine() {
        assertEquals("out/a.jsonl: no such file", Main.describe(new java.nio.file.NoSuchFileException("out/a.jsonl")));
        assertEquals("out/a.jsonl: permission denied", Main.describe(new java.nio.file.AccessDeniedException("out/a.jsonl")));
        assertEquals("disk full", Main.describe(new IOException("disk full")));
        assertEquals("internal error: NullPointerException", Main.describe(new NullPointerException()));
    }

    @Test
    void aClosedStandardOutputStopsTheRunWithOneLine() throws Exception {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String file = fixture("article.txt");
        int code = Main.run(new String[] {file, file, file}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(closed, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals(List.of("newsclean: cannot write to standard output; stopping"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    // --- helpers ------------------------------------------------------------------------------

    private static void assertUsageError(CliRun run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("newsclean: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.err().contains("--help"), run.err());
    }

    private static void assertInputFailure(CliRun run, String expected) {
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.out(), "nothing but data on standard output");
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("newsclean: " + expected), run.err());
    }

    private static boolean canRead(Path file) {
        try {
            Files.readAllBytes(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String fixture(String name) {
        try {
            return Path.of(CleanCommandTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixtureBytes(String name) throws IOException {
        return Files.readAllBytes(Path.of(fixture(name)));
    }

    private static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static String sourceFile(String line) {
        try {
            return parse(line).get("source").get("file").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
