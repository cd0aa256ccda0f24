package io.newsclean.cli;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.batch.Terminal;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;
import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/** Process entry point: wires picocli to the standard streams and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (isVersionRequest(args)) {
            // Scripts ask for the version often: it is answered before anything else is set up
            // (streams, picocli's model, lambdas, whose first use costs more than the answer).
            System.out.println(VersionProvider.line());
            return;
        }
        // Always UTF-8, whatever the platform default: the output is JSON, and JSON is UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, new Streams(System.in, Terminal::stdinIsTerminal, out, err), LibraryCleaner::new);
        } catch (Throwable t) {
            // Last line of defence (out of memory, say): one line, never a stack trace.
            err.println("newsclean: " + OneLine.ofBug(t));
            code = ExitCodes.SOME_FAILED;
        }
        out.flush();
        if (StopOnSignal.signalled()) {
            // The signal's exit is under way and ends the process with 130 or 143.
            return;
        }
        System.exit(code);
    }

    /**
     * Runs the command line in-process and returns the exit code instead of exiting.
     *
     * @param out where the JSON goes; it must encode UTF-8
     * @param err where messages go; it must encode UTF-8
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return run(args, new Streams(stdin, () -> false, out, err), LibraryCleaner::new);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with the library call replaced. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, PageCleaner cleaner) {
        return run(args, new Streams(stdin, () -> false, out, err), maxBytes -> cleaner);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with streams that say whether input is a terminal. */
    static int run(String[] args, Streams streams) {
        return run(args, streams, LibraryCleaner::new);
    }

    /** @param cleaners the library call for a size limit */
    static int run(String[] args, Streams streams, LongFunction<PageCleaner> cleaners) {
        if (isVersionRequest(args)) {
            // Building picocli's model costs more than the JVM's own start: a version check
            // answers without it, in the same words.
            streams.out().println(VersionProvider.line());
            return ExitCodes.ALL_CLEANED;
        }
        return commandLine(streams, cleaners, mayNeedBatch(args)).execute(args);
    }

    /**
     * Whether the arguments could reach the {@code batch} subcommand, or ask for the help that
     * lists it: the word itself, an {@code @argfile}, or any option but the plain command's own.
     * Other calls, a page or several with the plain options, never use it, and reading its
     * annotations would cost them more than the rest of the command line together.
     */
    static boolean mayNeedBatch(String[] args) {
        for (String arg : args) {
            if (arg.equals("batch") || arg.startsWith("@")) {
                return true;
            }
            if (arg.startsWith("-") && !arg.equals("-")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                boolean plain = CleanCommand.VALUE_OPTIONS.contains(name)
                        || (equals < 0 && CleanCommand.FLAG_OPTIONS.contains(name));
                if (!plain) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * The whole command line, with its subcommands: what runs, and what the man page and the shell
     * completion script are generated from.
     *
     * @param cleaners the library call for a size limit
     */
    static CommandLine commandLine(Streams streams, LongFunction<PageCleaner> cleaners) {
        return commandLine(streams, cleaners, true);
    }

    /** @param withBatch whether to add the {@code batch} subcommand (see {@link #mayNeedBatch}) */
    private static CommandLine commandLine(Streams streams, LongFunction<PageCleaner> cleaners, boolean withBatch) {
        CommandLine cli = new CommandLine(new CleanCommand(streams, cleaners).spec());
        if (withBatch) {
            cli.addSubcommand("batch", new BatchCommand(streams.stdin(), streams.out(), streams.err()));
        }
        cli.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsclean: " + describe(ex));
            commandLine.getErr().flush();
            return ExitCodes.SOME_FAILED;
        });
        return cli;
    }

    /** An I/O failure (an unwritable output file, say) is the user's to fix; anything else is a bug. */
    static String describe(Exception ex) {
        if (ex instanceof FileSystemException fs && fs.getFile() != null) {
            return OneLine.of(fs.getFile()) + ": " + InputFiles.describe(fs);
        }
        return ex instanceof IOException ? OneLine.of(ex) : OneLine.ofBug(ex);
    }

    /**
     * The process's streams.
     *
     * @param stdinIsTerminal whether standard input is a terminal, where a person, not a pipe, would type the page;
     *                        asked only when a command reads standard input, as the answer costs a file system look-up
     */
    record Streams(InputStream stdin, BooleanSupplier stdinIsTerminal, PrintStream out, PrintStream err) {
    }

    /**
     * The library, built on the first page: {@code --help}, {@code --version} and usage errors
     * never pay for the readers and rules. One command runs on one thread, so no lock is needed.
     */
    private static final class LibraryCleaner implements PageCleaner {
        private final long maxBytes;
        private NewsCleaner cleaner;

        LibraryCleaner(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public Article clean(byte[] bytes, CleanOptions options, SourceInfo source) throws InputException {
            if (cleaner == null) {
                cleaner = new NewsCleaner(maxBytes);
            }
            return cleaner.clean(bytes, options, source);
        }
    }
}
