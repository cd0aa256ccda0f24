package io.newsclean.cli;

import io.newsclean.CleanOptions;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;

/** The one library call the command line makes, as a seam so tests can make it fail on purpose. */
@FunctionalInterface
interface PageCleaner {
    Article clean(byte[] bytes, CleanOptions options, SourceInfo source) throws InputException;
}
