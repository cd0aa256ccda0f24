package io.newsclean.fuzz;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What counts as a crash for every fuzz target: an exception other than the documented input
 * errors (the target lets those through), an output that fails the shipped JSON Schema, or one
 * input that takes longer than {@link #TIME_LIMIT}.
 */
public final class FuzzChecks {
    /** The batch's default time limit for one page: a page past it is a finding. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private static final Schema SCHEMA = loadSchema();
    /** One reused daemon thread: a runaway input is left on it, and the finding stops the fuzzer. */
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fuzz-target");
        thread.setDaemon(true);
        return thread;
    });

    private FuzzChecks() {
    }

    /**
     * Cleans one small page of each kind, untimed: the first page a JVM cleans loads and
     * instruments every class and compiles the phrase patterns, which on a loaded machine can
     * take longer than the limit; that start-up cost is no input's.
     */
    public static void warmUp(NewsCleaner cleaner) {
        String html = "<html><head><title>Warm up</title></head><body><article><p>The council met on Tuesday"
                + " to vote on the budget, and the debate ran for hours.</p></article></body></html>";
        String text = "Warm up\n\nThe council met on Tuesday to vote on the budget, and the debate ran for hours.\n";
        for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
            byte[] page = (format == Format.HTML ? html : text).getBytes(StandardCharsets.UTF_8);
            try {
                cleaner.clean(page, new CleanOptions(format, null, null, true), SourceInfo.ofFile("warm-up"));
            } catch (InputException e) {
                throw new IllegalStateException("the warm-up page is valid", e);
            }
        }
    }

    /** Runs the call under the time limit; its own exceptions and errors are rethrown as they are. */
    public static <T> T withinTimeLimit(Callable<T> call) throws Exception {
        Future<T> result = RUNNER.submit(call);
        try {
            return result.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("one input took more than " + TIME_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception checked) {
                throw checked;
            }
            throw (java.lang.Error) cause;
        }
    }

    /** Fails when the record (an article or an error record) does not match the JSON Schema. */
    public static void assertMatchesSchema(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError("output fails the JSON Schema: " + errors + "\n" + json);
        }
    }

    private static Schema loadSchema() {
        try (InputStream in = ArticleWriter.class.getResourceAsStream(ArticleWriter.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is not on the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
