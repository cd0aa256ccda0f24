package io.newsclean.cli;

/** The process exit codes the command line promises. */
final class ExitCodes {
    static final int ALL_CLEANED = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    /** A batch stopped before its end; a signal's own code (130 for SIGINT, 143 for SIGTERM) wins when one stopped it. */
    static final int STOPPED = 130;

    private ExitCodes() {
    }
}
