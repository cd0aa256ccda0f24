package io.newsclean.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code ./newsclean} launcher, run on a copy of itself in a scratch checkout, with stand-in
 * {@code java} and {@code mvn} scripts on a PATH of their own, so that no real build runs.
 */
class LauncherTest {
    /** The start-up options the launcher gives a short batch, as the stand-in java prints them. */
    private static final String QUICK_START = "-XX:+UseSerialGC|-XX:TieredStopAtLevel=1|";
    /** Those it gives the plain command: a quick start that compiles fewer methods. */
    private static final String SINGLE_CALL = QUICK_START + "-XX:CompileThresholdScaling=5|";

    /** The tools the launcher and the stand-ins use, taken from the machine. */
    private static final List<String> TOOLS = List.of("dirname", "find", "head", "mkdir", "wc", "cksum", "cut",
            "mv", "rm", "rmdir", "sleep", "cat");
    private static final Path SH = which("sh");

    @TempDir
    Path tmp;

    private Path checkout;
    /** Extra environment for the launcher, besides PATH and NEWSCLEAN_JAVA_OPTS. */
    private final Map<String, String> env = new HashMap<>();
    private Path bin;

    @BeforeEach
    void scratchCheckout() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(Path.of("newsclean"), checkout.resolve("newsclean"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.writeString(checkout.resolve("src/main/java/A.java"), "class A {}");
        bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : TOOLS) {
            script(tool, "exec " + which(tool) + " \"$@\"");
        }
        age(checkout.resolve("pom.xml"));
        age(checkout.resolve("src/main/java/A.java"));
    }

    @Test
    void withoutJavaItSaysSoInOneLine() throws Exception {
        Run run = launch("--version");

        assertEquals(1, run.code);
        assertEquals("", run.out);
        assertEquals("newsclean: Java 17 or newer is needed to run newsclean, and 'java' is not on the PATH"
                + " (or set JAVA_HOME)\n", run.err);
    }

    @Test
    void theJavaRunIsNewscleanJavaThenJavaHomesThenThePaths() throws Exception {
        builtJar();
        Path home = tmp.resolve("jdk");
        namedJava(home.resolve("bin/java"), "home-java");
        Path own = tmp.resolve("own/java");
        namedJava(own, "own-java");

        assertTrue(launch("page.html").out.startsWith("java "), "the PATH's, with neither set");
        env.put("JAVA_HOME", home.toString());
        assertTrue(launch("page.html").out.startsWith("home-java "), "JAVA_HOME's over the PATH's");
        env.put("NEWSCLEAN_JAVA", own.toString());
        Run run = launch("page.html");
        assertTrue(run.out.startsWith("own-java "), "NEWSCLEAN_JAVA over JAVA_HOME's");
        assertEquals("", run.err);
    }

    @Test
    void aJavaHomeWithoutAJavaIsPassedOverForThePaths() throws Exception {
        builtJar();
        env.put("JAVA_HOME", Files.createDirectories(tmp.resolve("jre-less")).toString());

        Run run = launch("page.html");

        assertEquals(0, run.code, run.err);
        assertTrue(run.out.startsWith("java "), run.out);
    }

    @Test
    void aNewscleanJavaThatCannotRunIsSaidInOneLine() throws Exception {
        builtJar();
        env.put("NEWSCLEAN_JAVA", tmp.resolve("no/such/java").toString());

        Run run = launch("page.html");

        assertEquals(1, run.code);
        assertEquals("", run.out);
        assertEquals("newsclean: NEWSCLEAN_JAVA names " + tmp.resolve("no/such/java")
                + ", which is not a program that can be run\n", run.err);
    }

    @Test
    void withoutAJarOrMavenItSaysSoInOneLine() throws Exception {
        fakeJava();

        Run run = launch("--version");

        assertEquals(1, run.code);
        assertEquals("", run.out);
        assertEquals("newsclean: Maven is needed to build newsclean on first use, and 'mvn' is not on the PATH\n", run.err);
    }

    @Test
    void anUpToDateJarRunsAtOnceFromAnyDirectoryWithTheArgumentsGiven() throws Exception {
        fakeJava();
        fakeMaven();
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("newsclean.jar");
        Files.writeString(jar, "jar");

        Run run = launch("--explain", "a page.html");

        assertEquals(0, run.code, run.err);
        assertEquals("java " + SINGLE_CALL + "-jar|" + jar + "|--explain|a page.html|\n", run.out);
        assertEquals("", run.err, "no build");
    }

    @Test
    void aMissingJarIsBuiltFirstWithTheBuildKeptOffStandardOutput() throws Exception {
        fakeJava();
        fakeMaven();

        Run run = launch("-V");

        assertEquals(0, run.code, run.err);
        assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|-V|\n", run.out);
        assertTrue(run.err.contains("building the jar"), run.err);
        assertTrue(run.err.contains("maven says hello"), "the build's own output goes to standard error");
    }

    @Test
    void aJarOlderThanTheSourcesIsRebuilt() throws Exception {
        fakeJava();
        fakeMaven();
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("newsclean.jar");
        Files.writeString(jar, "old");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(7200)));

        Run run = launch("-V");

        assertEquals(0, run.code, run.err);
        assertTrue(run.err.contains("building the jar"), run.err);
        assertEquals("built\n", Files.readString(jar));
    }

    @Test
    void aFailedBuildIsReportedAndNothingRuns() throws Exception {
        fakeJava();
        script("mvn", "echo 'COMPILATION ERROR'; exit 1");

        Run run = launch("-V");

        assertEquals(1, run.code);
        assertEquals("", run.out);
        assertTrue(run.err.contains("COMPILATION ERROR"), run.err);
        assertTrue(run.err.trim().endsWith("for details"), run.err);
        assertFalse(run.err.contains("java -jar"));
    }

    @Test
    void simultaneousFirstRunsBuildOnceAndAllRunWithoutFlock() throws Exception {
        fakeJava();
        slowCountingMaven();

        List<Run> runs = launchAtOnce(4, "-V");

        for (Run run : runs) {
            assertEquals(0, run.code, run.err);
            assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|-V|\n", run.out);
        }
        assertEquals(List.of("build"), Files.readAllLines(tmp.resolve("builds")), "one build for four runs");
        assertFalse(Files.exists(checkout.resolve("target/.build.lock.d")), "the lock is given back");
    }

    @Test
    void simultaneousFirstRunsBuildOnceWithFlock() throws Exception {
        Path flock = whichOrNull("flock");
        org.junit.jupiter.api.Assumptions.assumeTrue(flock != null, "flock is on this machine");
        script("flock", "exec " + flock + " \"$@\"");
        fakeJava();
        slowCountingMaven();

        List<Run> runs = launchAtOnce(4, "-V");

        for (Run run : runs) {
            assertEquals(0, run.code, run.err);
        }
        assertEquals(List.of("build"), Files.readAllLines(tmp.resolve("builds")), "one build for four runs");
    }

    @Test
    void theFirstRunAfterABuildTrainsAClassDataArchiveThatLaterRunsUse() throws Exception {
        archivingJava();
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/train-de-nuit.html"), "<p>x</p>");
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");

        Run first = launch("page.html");
        List<Path> archives = archives();
        Run second = launch("page.html");

        assertEquals(0, first.code, first.err);
        assertFalse(first.err.contains("classes") || first.err.contains("archive"), "training is quiet: " + first.err);
        assertEquals(1, archives.size(), "one archive beside the jar: " + archives);
        String sharing = "-XX:SharedArchiveFile=" + archives.get(0) + "|";
        assertTrue(first.out.contains(sharing), "the first run uses the archive it trained: " + first.out);
        String training = Files.readString(tmp.resolve("trainings"));
        assertTrue(training.contains("samples/train-de-nuit.html") && training.contains("samples/harbour-ferry.txt"),
                "the training run cleans the sample pages: " + training);
        assertFalse(training.contains(".expected."), "and not the expected outputs: " + training);
        assertTrue(second.out.contains(sharing), second.out);
        assertEquals(1, Files.readAllLines(tmp.resolve("trainings")).size(), "trained once");
        assertEquals(List.of("newsclean.jar", "newsclean.jsa", "newsclean.jsa.stamp"), targetFiles(),
                "no temporary file or training claim is left behind");

        // a rebuilt jar makes the archive stale: the next run trains again
        Files.setLastModifiedTime(archives.get(0), FileTime.from(Instant.now().minusSeconds(60)));
        launch("page.html");
        assertEquals(2, Files.readAllLines(tmp.resolve("trainings")).size(), "trained again after a rebuild");
    }

    @Test
    void aVersionCheckGoesWithoutTheArchiveAndDoesNotTrainOne() throws Exception {
        archivingJava();
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");

        Run run = launch("--version");

        assertEquals(0, run.code, run.err);
        assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|--version|\n", run.out);
        assertTrue(archives().isEmpty());
    }

    @Test
    void anArchiveMadeForAnotherJarOrJavaIsMadeAgain() throws Exception {
        archivingJava();
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");
        launch("page.html");
        Path stamp = checkout.resolve("target/newsclean.jsa.stamp");
        Files.writeString(stamp, "/elsewhere/java " + checkout.resolve("target/newsclean.jar") + "\n");

        Run run = launch("page.html");

        assertEquals(0, run.code, run.err);
        assertEquals(2, Files.readAllLines(tmp.resolve("trainings")).size(), "trained again for this java");
        assertTrue(Files.readString(stamp).startsWith(bin.resolve("java") + " "), Files.readString(stamp));
    }

    @Test
    void onJava25OrLaterTheTrainingRunWritesAnAheadOfTimeCacheThatLaterRunsUse() throws Exception {
        cachingJava(bin.resolve("java"));
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");

        Run first = launch("page.html");
        Run second = launch("page.html");

        String sharing = "-XX:AOTCache=" + checkout.resolve("target/newsclean.aot") + "|";
        assertFalse(first.err.contains("cache") || first.err.contains("AOT"), "training is quiet: " + first.err);
        assertEquals("", second.err);
        for (Run run : List.of(first, second)) {
            assertEquals(0, run.code, run.err);
            assertTrue(run.out.contains(sharing), run.out);
            assertFalse(run.out.contains("SharedArchiveFile"), "no static archive besides: " + run.out);
        }
        List<String> trainings = Files.readAllLines(tmp.resolve("trainings"));
        assertEquals(1, trainings.size(), "trained once");
        assertTrue(trainings.get(0).contains("samples/harbour-ferry.txt"), trainings.get(0));
        assertEquals(List.of("newsclean.aot", "newsclean.aot.stamp", "newsclean.jar"), targetFiles(),
                "no temporary file or training claim is left behind");
    }

    @Test
    void callsThatAlternateBetweenAJava17AndAJava25KeepAnArchiveForEach() throws Exception {
        archivingJava();
        Path java25 = tmp.resolve("jdk-25/bin/java");
        cachingJava(java25);
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");

        for (int i = 0; i < 2; i++) {
            env.remove("NEWSCLEAN_JAVA");
            assertTrue(launch("page.html").out.contains("-XX:SharedArchiveFile="));
            env.put("NEWSCLEAN_JAVA", java25.toString());
            assertTrue(launch("page.html").out.contains("-XX:AOTCache="));
        }

        assertEquals(2, Files.readAllLines(tmp.resolve("trainings")).size(), "each trained once");
    }

    @Test
    void whereTheArchiveCannotBeWrittenEveryRunGoesWithoutItQuietly() throws Exception {
        archivingJava();
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/newsclean.jar"), "jar");
        // a read-only folder, as root (who may write anywhere) cannot make one: nothing can be created in it
        script("mkdir", "echo \"mkdir: cannot create directory '$1': Read-only file system\" >&2; exit 1");

        Run first = launch("page.html");
        Run second = launch("page.html");

        for (Run run : List.of(first, second)) {
            assertEquals(0, run.code, run.err);
            assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|page.html|\n", run.out);
            assertEquals("", run.err);
        }
        assertFalse(Files.exists(tmp.resolve("trainings")), "no training where its archive could not be kept");
    }

    @Test
    void aFailedTrainingLeavesNothingBehindAndTheRunGoesOn() throws Exception {
        // a java that can list the classes it loads but cannot write the archive (a full disk, say)
        script("java", "for a in \"$@\"; do case \"$a\" in"
                + " -XX:DumpLoadedClassList=*) echo classes > \"${a#*=}\"; exit 1;;"
                + " -Xshare:dump) echo 'Error: cannot write the archive'; exit 1;; esac; done;"
                + " printf 'java '; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo");
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/newsclean.jar"), "jar");

        Run run = launch("page.html");

        assertEquals(0, run.code, run.err);
        assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|page.html|\n", run.out);
        assertEquals("", run.err);
        assertEquals(List.of("newsclean.jar"), targetFiles(), "no archive, temporary file or claim is left");
    }

    @Test
    void classDataSharingCanBeTurnedOff() throws Exception {
        archivingJava();
        fakeMaven();
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/train-de-nuit.html"), "<p>x</p>");
        Files.writeString(checkout.resolve("samples/harbour-ferry.txt"), "x");
        env.put("NEWSCLEAN_CDS", "0");

        Run run = launch("page.html");

        assertEquals("java " + SINGLE_CALL + "-jar|" + checkout.resolve("target/newsclean.jar") + "|page.html|\n", run.out);
        assertTrue(archives().isEmpty());
    }

    // --- helpers ------------------------------------------------------------------------------

    private List<Path> archives() throws IOException {
        try (var files = Files.list(checkout.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private List<String> targetFiles() throws IOException {
        try (var files = Files.list(checkout.resolve("target"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A java that lists its classes when a training run asks (a sample page without an article
     * makes it exit 1, as the real one does), writes the archive that a dump asks for, and
     * otherwise prints how it was called.
     */
    private void archivingJava() throws IOException {
        script("java", "for a in \"$@\"; do case \"$a\" in"
                + " -XX:DumpLoadedClassList=*) echo classes > \"${a#*=}\"; echo \"$*\" >> " + tmp.resolve("trainings")
                + "; exit 1;;"
                + " -XX:SharedArchiveFile=*) archive=\"${a#*=}\";;"
                + " -Xshare:dump) dump=1;; esac; done;"
                + " if [ -n \"${dump:-}\" ]; then echo archive > \"$archive\"; exit 0; fi;"
                + " printf 'java '; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo");
    }

    /**
     * A java at the path given that says it is Java 25, writes the ahead-of-time cache that a
     * training run asks for, and otherwise prints how it was called.
     */
    private void cachingJava(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!" + SH + "\nfor a in \"$@\"; do case \"$a\" in"
                + " -XshowSettings:properties) echo '    java.specification.version = 25'; exit 0;;"
                + " -XX:AOTCacheOutput=*) echo cache > \"${a#*=}\"; echo \"$*\" >> " + tmp.resolve("trainings")
                + "; exit 1;; esac; done;"
                + " printf 'java '; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** An mvn that takes a while, counts its builds, and puts the jar in place by a rename, as the real build does. */
    private void slowCountingMaven() throws IOException {
        script("mvn", "echo build >> " + tmp.resolve("builds") + "; sleep 1; mkdir -p target;"
                + " echo built > target/newsclean.jar.part; mv target/newsclean.jar.part target/newsclean.jar");
    }

    private List<Run> launchAtOnce(int count, String... args) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> command = new ArrayList<>(List.of(SH.toString(), checkout.resolve("newsclean").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", bin.toString());
            builder.environment().putAll(env);
            builder.redirectOutput(tmp.resolve("out" + i).toFile()).redirectError(tmp.resolve("err" + i).toFile());
            processes.add(builder.start());
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertTrue(processes.get(i).waitFor(60, TimeUnit.SECONDS), "the launcher finishes");
            runs.add(new Run(processes.get(i).exitValue(), Files.readString(tmp.resolve("out" + i)),
                    Files.readString(tmp.resolve("err" + i))));
        }
        return runs;
    }

    @Test
    void aShortBatchStartsQuicklyLikeThePlainCommand() throws Exception {
        Path jar = builtJar();
        inputFiles("in", 2);

        Run run = launchWith("-Xmx64m", "batch", "in", "--jsonl", "out.jsonl");

        assertEquals(0, run.code, run.err);
        assertEquals("java " + QUICK_START + "-Xmx64m|-jar|" + jar + "|batch|in|--jsonl|out.jsonl|\n", run.out);
    }

    @Test
    void aBatchOfManyFilesRunsWithFullCompilationAndTheUsersJavaOptions() throws Exception {
        Path jar = builtJar();
        inputFiles("in/a", 2);
        inputFiles("in/b", 1);
        env.put("NEWSCLEAN_SHORT_BATCH_PAGES", "3");

        Run run = launchWith("-Xmx64m", "batch", "--threads", "2", "in", "--jsonl", "out.jsonl");

        assertEquals(0, run.code, run.err);
        assertEquals("java -XX:+UseParallelGC|-Xmx64m|-jar|" + jar + "|batch|--threads|2|in|--jsonl|out.jsonl|\n",
                run.out);
    }

    @Test
    void filesInTheOutputFolderDoNotCountAsInputs() throws Exception {
        builtJar();
        inputFiles("in", 2);
        inputFiles("done", 5);
        env.put("NEWSCLEAN_SHORT_BATCH_PAGES", "3");

        Run run = launchWith(null, "batch", "in", "--out", "done");

        assertTrue(run.out.startsWith("java " + QUICK_START), run.out);
    }

    @Test
    void aCrawlArchiveIsALongBatchWhateverTheFileCount() throws Exception {
        builtJar();
        try (RandomAccessFile archive = new RandomAccessFile(tmp.resolve("crawl.warc.gz").toFile(), "rw")) {
            archive.setLength(64L * 1024 * 1024);   // sparse: no real bytes written
        }

        Run run = launchWith(null, "batch", "crawl.warc.gz", "--jsonl", "out.jsonl");

        assertEquals(0, run.code, run.err);
        assertFalse(run.out.contains("TieredStopAtLevel"), run.out);
    }

    private Path builtJar() throws IOException {
        fakeJava();
        fakeMaven();
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("newsclean.jar");
        Files.writeString(jar, "jar");
        return jar;
    }

    private void inputFiles(String folder, int count) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("page" + i + ".html"), "<p>page</p>");
        }
    }

    /** A java that prints how it was called, one argument per |-terminated field. */
    private void fakeJava() throws IOException {
        script("java", "printf 'java '; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo");
    }

    /** A java at the path given that prints its name and how it was called. */
    private void namedJava(Path path, String name) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!" + SH + "\nprintf '" + name + " '; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** An mvn that talks on standard output, as Maven does, and writes the jar. */
    private void fakeMaven() throws IOException {
        script("mvn", "echo 'maven says hello'; mkdir -p target; echo built > target/newsclean.jar");
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!" + SH + "\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launch(String... args) throws Exception {
        return launchWith(null, args);
    }

    /** Runs the launcher with NEWSCLEAN_JAVA_OPTS set to {@code javaOpts}, unless it is null. */
    private Run launchWith(String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SH.toString(), checkout.resolve("newsclean").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().putAll(env);
        if (javaOpts != null) {
            builder.environment().put("NEWSCLEAN_JAVA_OPTS", javaOpts);
        }
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher finishes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private static Path which(String tool) {
        Path found = whichOrNull(tool);
        if (found == null) {
            throw new IllegalStateException(tool + " is not on the PATH");
        }
        return found;
    }

    private static Path whichOrNull(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    private record Run(int code, String out, String err) {
    }
}
