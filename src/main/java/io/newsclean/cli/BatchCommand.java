package io.newsclean.cli;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code newsclean batch INPUT... --jsonl FILE}: cleans folders of pages into one JSON Lines file. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cleans folders and files of pages in one run.")
final class BatchCommand implements Callable<Integer> {
    private final PrintStream err;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Folders (walked recursively) and files.")
    List<Path> inputs;

    @Option(names = "--jsonl", paramLabel = "FILE", required = true, description = "Write one JSON object per page to FILE.")
    Path jsonl;

    @Option(names = "--format", paramLabel = "auto|html|text", defaultValue = "auto",
            converter = CleanCommand.FormatConverter.class, description = "Input format (default: ${DEFAULT-VALUE}).")
    CleanCommand.FormatChoice format;

    @Option(names = "--explain", description = "List every dropped block under \"removed\".")
    boolean explain;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "**.{html,htm,txt,html.gz,htm.gz,txt.gz}",
            description = "Which files in folders to clean (default: ${DEFAULT-VALUE}).")
    String glob;

    BatchCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> matcher.matches(input.relativize(p))).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        NewsCleaner cleaner = new NewsCleaner();
        ArticleWriter writer = new ArticleWriter();
        CleanOptions options = new CleanOptions(format.format(), null, null, explain);
        int failed = 0;
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                SourceInfo source = SourceInfo.ofFile(file.toString());
                String line;
                try {
                    Article article = cleaner.clean(Files.readAllBytes(file), options, source);
                    line = writer.toJson(article, explain, true);
                } catch (InputException | IOException e) {
                    err.println("newsclean: " + file + ": " + OneLine.of(e));
                    line = writer.errorJson(source, OneLine.of(e), true);
                    failed++;
                }
                out.write(line);
                out.write('\n');
            }
        }
        err.printf("newsclean: %d pages, %d failed%n", files.size(), failed);
        return failed == 0 ? ExitCodes.ALL_CLEANED : ExitCodes.SOME_FAILED;
    }
}
