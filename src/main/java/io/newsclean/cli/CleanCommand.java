package io.newsclean.cli;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;
import io.newsclean.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;

/** {@code newsclean [OPTIONS] [FILE|-]...}: cleans pages given as files or on standard input. */
@Command(name = "newsclean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Turns a scraped news page (HTML or flattened text) into a clean article as JSON, text or Markdown.",
                "With no FILE, or when FILE is -, reads standard input. Gzipped input is unpacked on the fly.",
                "One input writes one JSON object; several write JSON Lines, one object per input, in order.",
                "Many files in one call (or newsclean batch) are far faster than one call per file."},
        footer = {"", "Exit status: 0 every input was cleaned, 1 some input failed or had no article,"
                + " 2 usage error.",
                "Data goes to standard output; messages go to standard error.",
                "Arguments can be read from a file: newsclean @args.txt reads one argument per line."})
final class CleanCommand implements Callable<Integer> {
    /** Said when a person runs the command bare at a terminal, where it would otherwise wait in silence. */
    static final String TERMINAL_HINT = "newsclean: reading a page from standard input (end it with Ctrl-D);"
            + " to clean files, name them: newsclean FILE... (see 'newsclean --help')";
    /** The library's size limit ({@link NewsCleaner#DEFAULT_MAX_BYTES}) as the options write it; one default for both commands. */
    static final String DEFAULT_MAX_SIZE = "10m";

    private final InputStream stdin;
    private final boolean stdinIsTerminal;
    private final PrintStream out;
    private final PrintStream err;
    private final LongFunction<PageCleaner> cleaners;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Pages to clean; - is standard input.")
    List<String> files = List.of();

    @Option(names = "--format", paramLabel = "auto|html|text", defaultValue = "auto", converter = FormatConverter.class,
            description = "Input format; auto sniffs each input (default: ${DEFAULT-VALUE}).")
    FormatChoice format = FormatChoice.AUTO;

    @Option(names = "--url", paramLabel = "URL", converter = UrlConverter.class,
            description = "The page address: resolves links and fills the url field.")
    String url;

    @Option(names = "--explain", description = "List every dropped block under \"removed\", with its reason.")
    boolean explain;

    @Option(names = "--compact", description = "Write each JSON object on one line.")
    boolean compact;

    @Option(names = "--output-format", paramLabel = "json|text|markdown", defaultValue = "json",
            converter = OutputFormatConverter.class,
            description = {"Output: JSON (default), the plain text, or Markdown with the metadata in front matter.",
                    "Several inputs in text or Markdown are written one after another, a blank line apart."})
    OutputFormat outputFormat = OutputFormat.JSON;

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = DEFAULT_MAX_SIZE,
            converter = BatchCommand.SizeConverter.class,
            description = "Largest page, before and after gunzip: bytes, or with k, m or g (default: ${DEFAULT-VALUE}).")
    long maxBytes = NewsCleaner.DEFAULT_MAX_BYTES;

    /** @param cleaners the library call for a size limit */
    CleanCommand(Main.Streams streams, LongFunction<PageCleaner> cleaners) {
        this.stdin = streams.stdin();
        this.stdinIsTerminal = streams.stdinIsTerminal();
        this.out = streams.out();
        this.err = streams.err();
        this.cleaners = cleaners;
    }

    @Override
    public Integer call() {
        if (outputFormat != OutputFormat.JSON && (explain || compact)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (explain ? "--explain" : "--compact") + " applies only to --output-format json");
        }
        List<String> inputs = files.isEmpty() ? List.of(InputFiles.STDIN) : files;
        if (stdinIsTerminal && inputs.contains(InputFiles.STDIN)) {
            err.println(TERMINAL_HINT);
        }
        boolean jsonLines = inputs.size() > 1 && outputFormat == OutputFormat.JSON;
        boolean oneLine = compact || jsonLines;
        InputFiles reader = new InputFiles(stdin, maxBytes);
        PageCleaner cleaner = cleaners.apply(maxBytes);
        ArticleWriter writer = new ArticleWriter();
        CleanOptions options = new CleanOptions(format.format(), url, null, explain);

        int failed = 0;
        boolean written = false;
        for (String input : inputs) {
            SourceInfo source = SourceInfo.ofFile(input);
            String failure;
            try {
                Article article = cleaner.clean(reader.read(input), options, source);
                if (outputFormat == OutputFormat.JSON) {
                    out.println(writer.toJson(article, explain, oneLine));
                } else {
                    out.print((written ? "\n" : "") + outputFormat.write(article, false, false));
                    written = true;
                }
                failure = article.paragraphs().isEmpty() ? "no article found" : null;
            } catch (InputException e) {
                failure = OneLine.of(e);
                writeErrorRecord(writer, source, failure, jsonLines);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in the cleaner must cost one input, not the run, and must not print a stack trace.
                failure = OneLine.ofBug(e);
                writeErrorRecord(writer, source, failure, jsonLines);
            }
            out.flush();
            if (failure != null) {
                err.println("newsclean: " + InputFiles.displayName(input) + ": " + failure);
                failed++;
            }
            if (out.checkError()) {
                err.println("newsclean: cannot write to standard output; stopping");
                return ExitCodes.SOME_FAILED;
            }
        }
        return failed == 0 ? ExitCodes.ALL_CLEANED : ExitCodes.SOME_FAILED;
    }

    /** In JSON Lines every input has its line, so a failed one gets an error record in its place. */
    private void writeErrorRecord(ArticleWriter writer, SourceInfo source, String message, boolean jsonLines) {
        if (jsonLines) {
            out.println(writer.errorJson(source, message, true));
        }
    }

    /** The values of {@code --format}. */
    enum FormatChoice {
        AUTO(null), HTML(Format.HTML), TEXT(Format.TEXT);

        private final Format format;

        FormatChoice(Format format) {
            this.format = format;
        }

        /** The format to force, or null to sniff it. */
        Format format() {
            return format;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<FormatChoice> {
        @Override
        public FormatChoice convert(String value) {
            for (FormatChoice choice : FormatChoice.values()) {
                if (choice.name().equalsIgnoreCase(value.trim())) {
                    return choice;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "invalid format '" + value + "': expected auto, html or text");
        }
    }

    static final class OutputFormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts only an absolute address, since a relative one cannot resolve links. */
    static final class UrlConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                URI uri = new URI(value.trim());
                if (uri.isAbsolute() && uri.getHost() != null) {
                    return uri.toString();
                }
            } catch (URISyntaxException e) {
                // Reported below, with the same message as any other bad address.
            }
            throw new CommandLine.TypeConversionException(
                    "invalid URL '" + value + "': expected an absolute address such as https://example.com/news/1");
        }
    }
}
