package io.newsclean.bench;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that {@code --explain} only adds {@code removed}: every page under the given folders is
 * cleaned with and without an explanation, and the two articles, written without their
 * {@code removed} list, must be identical. A command, not a test, because the pages it needs
 * are shared data outside the repository:
 *
 * <pre>java -cp target/newsclean.jar io.newsclean.bench.ExplainCheck FOLDER|FILE...</pre>
 *
 * <p>Files ending in {@code .txt} (or {@code .txt.gz}) are cleaned as text, {@code .html} and
 * {@code .htm} (or their {@code .gz} forms) as HTML. Prints every page that differs and the first
 * place it does; exits 1 when any does, 2 on a usage error.
 */
public final class ExplainCheck {
    private ExplainCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExplainCheck FOLDER|FILE...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isRegularFile(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> Files.isRegularFile(p) && formatOf(p) != null).sorted().forEach(files::add);
            }
        }
        NewsCleaner cleaner = new NewsCleaner();
        ArticleWriter writer = new ArticleWriter();
        int differing = 0;
        int failed = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Format format = formatOf(file);
            SourceInfo source = SourceInfo.ofFile(file.toString());
            try {
                Article plain = cleaner.clean(bytes, new CleanOptions(format, null, null, false), source);
                Article explained = cleaner.clean(bytes, new CleanOptions(format, null, null, true), source);
                String a = writer.toJson(plain, false, false);
                String b = writer.toJson(explained, false, false);
                if (!a.equals(b)) {
                    differing++;
                    System.out.println("DIFFERS " + file);
                    System.out.println(firstDifference(a, b));
                }
            } catch (InputException e) {
                failed++;
                System.out.println("ERROR " + file + ": " + e.getMessage());
            }
        }
        System.out.printf("%d pages, %d differ with --explain, %d could not be read%n", files.size(), differing, failed);
        System.exit(differing > 0 ? 1 : 0);
    }

    private static Format formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Format.HTML : null;
    }

    /** The first line where the two JSON texts part, without and with the explanation. */
    private static String firstDifference(String plain, String explained) {
        String[] a = plain.split("\n");
        String[] b = explained.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "  without: " + a[i].strip() + "\n  with:    " + b[i].strip();
            }
        }
        return "  the outputs differ in length: " + a.length + " lines without, " + b.length + " with";
    }
}
