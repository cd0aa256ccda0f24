package io.newsclean.cli;

/** The process exit codes the command line promises. */
final class ExitCodes {
    static final int ALL_CLEANED = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
