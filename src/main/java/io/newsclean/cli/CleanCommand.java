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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * {@code newsclean [OPTIONS] [FILE|-]...}: cleans pages given as files or on standard input.
 *
 * <p>Its picocli model is built in code rather than read from annotations: reading annotations
 * makes the JVM generate a class per annotation type on every start, and this command is the one
 * that scripts call once per page, where that cost (about a tenth of a second) was most of the
 * command line's.
 */
final class CleanCommand implements Callable<Integer> {
    /** Said when a person runs the command bare at a terminal, where it would otherwise wait in silence. */
    static final String TERMINAL_HINT = "newsclean: reading a page from standard input (end it with Ctrl-D);"
            + " to clean files, name them: newsclean FILE... (see 'newsclean --help')";
    /** The library's size limit ({@link NewsCleaner#DEFAULT_MAX_BYTES}) as the options write it; one default for both commands. */
    static final String DEFAULT_MAX_SIZE = "10m";
    /** The options that take a value, each named once. */
    static final List<String> VALUE_OPTIONS = List.of("--format", "--url", "--output-format", "--max-bytes");
    /** The options that take none, besides help and version. */
    static final List<String> FLAG_OPTIONS = List.of("--explain", "--compact");

    private final InputStream stdin;
    private final BooleanSupplier stdinIsTerminal;
    private final PrintStream out;
    private final PrintStream err;
    private final LongFunction<PageCleaner> cleaners;
    private final CommandSpec spec;

    /** @param cleaners the library call for a size limit */
    CleanCommand(Main.Streams streams, LongFunction<PageCleaner> cleaners) {
        this.stdin = streams.stdin();
        this.stdinIsTerminal = streams.stdinIsTerminal();
        this.out = streams.out();
        this.err = streams.err();
        this.cleaners = cleaners;
        this.spec = model(this);
    }

    /** The command's picocli model, which holds the parsed values. */
    CommandSpec spec() {
        return spec;
    }

    private static CommandSpec model(CleanCommand command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("newsclean").versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .description("Turns a scraped news page (HTML or flattened text) into a clean article as JSON, text or Markdown.",
                        "With no FILE, or when FILE is -, reads standard input. Gzipped input is unpacked on the fly.",
                        "One input writes one JSON object; several write JSON Lines, one object per input, in order.",
                        "Many files in one call (or newsclean batch) are far faster than one call per file.")
                .footer("", "Exit status: 0 every input was cleaned, 1 some input failed or had no article,"
                                + " 2 usage error.",
                        "Data goes to standard output; messages go to standard error.",
                        "Arguments can be read from a file: newsclean @args.txt reads one argument per line.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
                .description("Pages to clean; - is standard input.").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("auto|html|text").type(FormatChoice.class)
                .converters(new FormatConverter()).defaultValue("auto").initialValue(FormatChoice.AUTO)
                .description("Input format; auto sniffs each input (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--url").paramLabel("URL").type(String.class).converters(new UrlConverter())
                .description("The page address: resolves links and fills the url field.").build());
        spec.addOption(OptionSpec.builder("--explain").type(boolean.class).initialValue(false)
                .description("List every dropped block under \"removed\", with its reason.").build());
        spec.addOption(OptionSpec.builder("--compact").type(boolean.class).initialValue(false)
                .description("Write each JSON object on one line.").build());
        spec.addOption(OptionSpec.builder("--output-format").paramLabel("json|text|markdown").type(OutputFormat.class)
                .converters(new OutputFormatConverter()).defaultValue("json").initialValue(OutputFormat.JSON)
                .description("Output: JSON (default), the plain text, or Markdown with the metadata in front matter.",
                        "Several inputs in text or Markdown are written one after another, a blank line apart.").build());
        spec.addOption(OptionSpec.builder("--max-bytes").paramLabel("SIZE").type(long.class)
                .converters(new BatchCommand.SizeConverter()).defaultValue(DEFAULT_MAX_SIZE)
                .initialValue(NewsCleaner.DEFAULT_MAX_BYTES)
                .description("Largest page, before and after gunzip: bytes, or with k, m or g (default: ${DEFAULT-VALUE}).")
                .build());
        // what picocli's standard help options add, added here by hand: that mixin is read from annotations
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .description("Print version information and exit.").build());
        return spec;
    }

    @Override
    public Integer call() {
        List<String> files = spec.positionalParameters().get(0).getValue();
        FormatChoice format = spec.findOption("--format").getValue();
        String url = spec.findOption("--url").getValue();
        boolean explain = spec.findOption("--explain").getValue();
        boolean compact = spec.findOption("--compact").getValue();
        OutputFormat outputFormat = spec.findOption("--output-format").getValue();
        long maxBytes = spec.findOption("--max-bytes").getValue();
        if (outputFormat != OutputFormat.JSON && (explain || compact)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (explain ? "--explain" : "--compact") + " applies only to --output-format json");
        }
        List<String> inputs = files.isEmpty() ? List.of(InputFiles.STDIN) : files;
        if (inputs.contains(InputFiles.STDIN) && stdinIsTerminal.getAsBoolean()) {
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
