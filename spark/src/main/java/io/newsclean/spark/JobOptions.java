package io.newsclean.spark;

import io.newsclean.input.Quantities;
import io.newsclean.model.Format;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one run of the job does; the options of {@code newsclean batch} that apply to archives,
 * with the same defaults.
 *
 * @param inputs  archives, folders, globs, and {@code .paths}/{@code .paths.gz} lists of archives
 * @param out     the folder that receives one {@code <archive name>.jsonl.gz} per archive
 * @param prefix  put before every line of a paths list (Common Crawl's lists are relative)
 * @param parquet a folder for the Parquet table of all records, or null
 */
public record JobOptions(List<String> inputs, String out, String prefix, long maxBytes, Duration timeout,
                         Format format, boolean explain, String parquet) implements Serializable {

    static final String USAGE = """
            Usage: CleanWarcs --out DIR [--prefix PREFIX] [--parquet DIR] [--format auto|html|text]
                              [--explain] [--max-bytes SIZE] [--timeout TIME] INPUT...
            INPUT: WARC archives (.warc, .warc.gz), folders, globs, or lists of archives (.paths, .paths.gz)""";

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** A command line that is not right: the job stops before it starts, with this one-line message. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static JobOptions parse(String... args) throws UsageException {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String prefix = "";
        String parquet = null;
        long maxBytes = 10L << 20;
        Duration timeout = Duration.ofSeconds(30);
        Format format = null;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--explain")) {
                explain = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                inputs.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(arg + " needs a value");
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--out" -> out = value;
                    case "--prefix" -> prefix = value;
                    case "--parquet" -> parquet = value;
                    case "--format" -> format = format(value);
                    case "--max-bytes" -> maxBytes = Quantities.size(value);
                    case "--timeout" -> timeout = Quantities.time(value);
                    default -> throw new UsageException("unknown option " + arg);
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (out == null) {
            throw new UsageException("--out DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input given");
        }
        return new JobOptions(inputs, out, prefix, maxBytes, timeout, format, explain, parquet);
    }

    private static Format format(String value) throws UsageException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "html" -> Format.HTML;
            case "text" -> Format.TEXT;
            default -> throw new UsageException("invalid format '" + value + "': expected auto, html or text");
        };
    }
}
