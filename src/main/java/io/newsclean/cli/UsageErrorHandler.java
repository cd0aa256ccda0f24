package io.newsclean.cli;

import picocli.CommandLine;

/** Reports a usage error in one line, with a pointer to the help, and exits with the usage code. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String command = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("newsclean: " + OneLine.of(ex) + " (see '" + command + " --help')");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }
}
