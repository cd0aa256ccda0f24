package io.newsclean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Use as a library" section: its example is compiled and run as the README gives
 * it, and its Maven coordinates are the pom's, so neither can drift from the code.
 */
class LibraryExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- library-example:[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleCompilesAndCleansAPage() throws Exception {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(example.find(), "the README has the library example");
        Path source = Files.createDirectories(tmp.resolve("src")).resolve("CleanOnePage.java");
        Files.writeString(source, example.group(1));
        Path classes = Files.createDirectories(tmp.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, "the example compiles: " + diagnostics.toString(StandardCharsets.UTF_8));

        String out = runMain(classes, "samples/train-de-nuit.html");
        assertTrue(out.startsWith("Le train de nuit revient entre Paris et Nice: 3 paragraphs\n---\n"), out);
        assertTrue(out.contains("\n# Le train de nuit revient entre Paris et Nice\n"), out);
    }

    @Test
    void theReadmeGivesThePomsCoordinates() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String readme = Files.readString(Path.of("README.md"));
        String coordinates = "<groupId>" + first(pom, "groupId") + "</groupId>\n  <artifactId>" + first(pom, "artifactId")
                + "</artifactId>\n  <version>" + first(pom, "version") + "</version>";
        assertTrue(readme.contains(coordinates), "the README's dependency block reads: " + coordinates);
    }

    /** The project's own element: the first one after the parent-less project's modelVersion. */
    private static String first(String pom, String element) {
        Matcher m = Pattern.compile("</modelVersion>.*?<" + element + ">([^<]+)</" + element + ">", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(m.find(), element);
        return m.group(1).trim();
    }

    private static String runMain(Path classes, String page) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("CleanOnePage").getMethod("main", String[].class);
            assertNotNull(main);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {page});
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
