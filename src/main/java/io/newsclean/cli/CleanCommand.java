package io.newsclean.cli;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.BoundedReader;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsclean [OPTIONS] [FILE|-]...}: cleans pages given as files or on standard input. */
@Command(name = "newsclean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Turns a scraped news page (HTML or flattened text) into a clean article as JSON.",
                "With no FILE, or when FILE is -, reads standard input. One input writes one JSON object;",
                "several inputs write JSON Lines, one object per input, in order."},
        footer = {"", "Exit status: 0 every input was cleaned, 1 some input failed, 2 usage error."})
final class CleanCommand implements Callable<Integer> {
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Pages to clean (.gz is read transparently).")
    List<String> files = List.of();

    @Option(names = "--format", paramLabel = "auto|html|text", description = "Input format (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto", converter = FormatConverter.class)
    FormatChoice format = FormatChoice.AUTO;

    @Option(names = "--url", paramLabel = "URL", description = "The page address, used for links and the url field.")
    String url;

    @Option(names = "--explain", description = "List every dropped block under \"removed\", with its reason.")
    boolean explain;

    @Option(names = "--compact", description = "Write each JSON object on one line.")
    boolean compact;

    CleanCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        boolean lines = inputs.size() > 1;
        NewsCleaner cleaner = new NewsCleaner();
        ArticleWriter writer = new ArticleWriter();
        CleanOptions options = new CleanOptions(format.format(), url, null, explain);
        int failed = 0;
        for (String input : inputs) {
            SourceInfo source = SourceInfo.ofFile(input);
            try {
                Article article = cleaner.clean(read(input), options, source);
                out.println(writer.toJson(article, explain, compact || lines));
                if (article.paragraphs().isEmpty()) {
                    err.println("newsclean: " + input + ": no article found");
                    failed++;
                }
            } catch (InputException e) {
                err.println("newsclean: " + input + ": " + e.getMessage());
                if (lines) {
                    out.println(writer.errorJson(source, e.getMessage(), true));
                }
                failed++;
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.ALL_CLEANED : ExitCodes.SOME_FAILED;
    }

    private byte[] read(String input) throws InputException {
        try {
            if (input.equals("-")) {
                return BoundedReader.readAll(stdin, NewsCleaner.DEFAULT_MAX_BYTES);
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory (to clean a folder, use: newsclean batch)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return BoundedReader.readAll(in, NewsCleaner.DEFAULT_MAX_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (IOException e) {
            throw new InputException("cannot read: " + OneLine.of(e));
        }
    }

    /** The values of {@code --format}. */
    enum FormatChoice {
        AUTO(null), HTML(Format.HTML), TEXT(Format.TEXT);

        private final Format format;

        FormatChoice(Format format) {
            this.format = format;
        }

        Format format() {
            return format;
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FormatChoice> {
        @Override
        public FormatChoice convert(String value) {
            for (FormatChoice choice : FormatChoice.values()) {
                if (choice.name().equalsIgnoreCase(value)) {
                    return choice;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "invalid format '" + value + "': expected auto, html or text");
        }
    }
}
