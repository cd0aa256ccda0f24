package io.newsclean.cli;

import io.newsclean.NewsCleaner;
import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.function.LongFunction;

/** Process entry point: wires picocli to the standard streams and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Always UTF-8, whatever the platform default: the output is JSON, and JSON is UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, System.in, out, err);
        } catch (Throwable t) {
            // Last line of defence (out of memory, say): one line, never a stack trace.
            err.println("newsclean: " + OneLine.ofBug(t));
            code = ExitCodes.SOME_FAILED;
        }
        out.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process and returns the exit code instead of exiting.
     *
     * @param out where the JSON goes; it must encode UTF-8
     * @param err where messages go; it must encode UTF-8
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return run(args, stdin, out, err, (LongFunction<PageCleaner>) maxBytes -> new NewsCleaner(maxBytes)::clean);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with the library call replaced. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, PageCleaner cleaner) {
        return run(args, stdin, out, err, (LongFunction<PageCleaner>) maxBytes -> cleaner);
    }

    /** @param cleaners the library call, for a size limit */
    private static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
                           LongFunction<PageCleaner> cleaners) {
        CommandLine cli = new CommandLine(new CleanCommand(stdin, out, err, cleaners));
        cli.addSubcommand("batch", new BatchCommand(stdin, out, err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsclean: " + describe(ex));
            commandLine.getErr().flush();
            return ExitCodes.SOME_FAILED;
        });
        return cli.execute(args);
    }

    /** An I/O failure (an unwritable output file, say) is the user's to fix; anything else is a bug. */
    static String describe(Exception ex) {
        if (ex instanceof FileSystemException fs && fs.getFile() != null) {
            return OneLine.of(fs.getFile()) + ": " + InputFiles.describe(fs);
        }
        return ex instanceof IOException ? OneLine.of(ex) : OneLine.ofBug(ex);
    }
}
