package io.newsclean.cli;

import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point: wires picocli to standard streams and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line in-process; returns the exit code instead of exiting. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        CleanCommand root = new CleanCommand(stdin, out, err);
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand("batch", new BatchCommand(err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsclean: " + OneLine.of(ex));
            return ExitCodes.SOME_FAILED;
        });
        return cli.execute(args);
    }
}
