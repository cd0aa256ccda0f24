package io.newsclean.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Reports a usage error in one line plus a hint, and exits with the usage code. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("newsclean: " + OneLine.of(ex));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }
}
