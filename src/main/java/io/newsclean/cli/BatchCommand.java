package io.newsclean.cli;

import io.newsclean.batch.BatchOptions;
import io.newsclean.batch.BatchRunner;
import io.newsclean.batch.BatchSummary;
import io.newsclean.batch.ConsoleReport;
import io.newsclean.batch.OutputException;
import io.newsclean.batch.Terminal;
import io.newsclean.input.Quantities;
import io.newsclean.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsclean batch INPUT... (--out DIR | --jsonl FILE)}: a thin shell over {@link BatchRunner}. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Cleans folders, files and WARC archives (.warc, .warc.gz) in one run.",
                "With --out, writes DIR/a/b.json for INPUT/a/b.html; with --jsonl, one JSON object per line.",
                "A rerun skips what is already done (resume); --force redoes everything.",
                "A failed input becomes an error record and the run goes on.",
                "Ctrl-C (SIGINT) or SIGTERM stops cleanly: the pages in progress finish, and a rerun does the rest."},
        footer = {"", "Exit status: 0 every input was cleaned, 1 some input failed or the output could not be written,"
                + " 2 usage error, 130 / 143 stopped by SIGINT / SIGTERM."})
final class BatchCommand implements Callable<Integer> {
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Folders (walked recursively), files and WARC archives.")
    List<Path> inputs = List.of();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Also take the inputs listed in FILE, one path per line (- reads standard input).")
    Path filesFrom;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--threads", paramLabel = "N", description = "Pages cleaned at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = BatchOptions.DEFAULT_GLOB,
            description = {"Which files to take from folders (default: ${DEFAULT-VALUE}).",
                    "Without '/', matches file names; with '/', paths below the folder."})
    String glob;

    @Option(names = "--force", description = "Redo every input, even those already written.")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar and no summary; failures are still reported.")
    boolean quiet;

    @Option(names = "--format", paramLabel = "auto|html|text", defaultValue = "auto",
            converter = CleanCommand.FormatConverter.class, description = "Input format (default: ${DEFAULT-VALUE}).")
    CleanCommand.FormatChoice format;

    @Option(names = "--explain", description = "List every dropped block under \"removed\", with its reason.")
    boolean explain;

    @Option(names = "--output-format", paramLabel = "json|text|markdown", defaultValue = "json",
            converter = CleanCommand.OutputFormatConverter.class,
            description = "Write JSON (default), text (.txt) or Markdown (.md) files; text and Markdown need --out.")
    OutputFormat outputFormat;

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = CleanCommand.DEFAULT_MAX_SIZE,
            converter = SizeConverter.class,
            description = "Largest page, before and after gunzip: bytes, or with k, m or g (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest time for one page: ms, s or m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    BatchCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** Exactly one output: picocli reports none or both as a usage error. */
    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Write a mirrored tree of JSON files.")
        Path out;

        @Option(names = "--jsonl", paramLabel = "FILE", required = true,
                description = "Write JSON Lines to FILE, in input order (- writes to standard output).")
        Path jsonl;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        int workers = threads == null ? BatchOptions.defaultThreads() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "invalid glob '" + glob + "': " + OneLine.of(e));
        }
        if (target.jsonl != null && outputFormat != OutputFormat.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--jsonl writes JSON only: write " + outputFormat + " files with --out DIR");
        }
        if (outputFormat != OutputFormat.JSON && explain) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--explain applies only to --output-format json");
        }
        if (inputs.isEmpty() && filesFrom == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT, or --files-from");
        }
        BatchOptions options = new BatchOptions(inputs, filesFrom, target.out, target.jsonl, workers, glob, force,
                format.format(), explain, maxBytes, timeout, outputFormat);
        try (ConsoleReport report = new ConsoleReport(err, quiet, Terminal.stderrIsTerminal())) {
            BatchRunner runner = new BatchRunner(options, report, stdin, out);
            // The hook stops the run on SIGINT / SIGTERM and holds the exit until the summary is
            // out; the JVM then exits with 128 + the signal's number.
            try (StopOnSignal signals = StopOnSignal.install(runner::stop, timeout.plus(STOP_GRACE))) {
                BatchSummary summary;
                try {
                    summary = runner.run();
                } catch (OutputException e) {
                    report.close();
                    err.println("newsclean: " + OneLine.of(e));
                    return ExitCodes.SOME_FAILED;
                }
                report.summarize(summary);
                if (summary.stopped()) {
                    return ExitCodes.STOPPED;
                }
                return summary.failed() == 0 ? ExitCodes.ALL_CLEANED : ExitCodes.SOME_FAILED;
            }
        }
    }

    /** Beyond the page time limit, how long a stopping run may take to write out and summarise. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** Sizes as {@link Quantities#size} reads them, for picocli. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Quantities.size(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Times as {@link Quantities#time} reads them, for picocli. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Quantities.time(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
