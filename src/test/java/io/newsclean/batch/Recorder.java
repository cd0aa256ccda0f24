package io.newsclean.batch;

import io.newsclean.model.SourceInfo;

import java.util.ArrayList;
import java.util.List;

/** A listener that remembers what it heard. */
final class Recorder implements BatchListener {
    final List<String> failures = new ArrayList<>();
    int finished;

    @Override
    public synchronized void finished(SourceInfo source, Outcome outcome, String error) {
        finished++;
        if (outcome == Outcome.FAILED) {
            failures.add(source.file() + ": " + error);
        }
    }
}
