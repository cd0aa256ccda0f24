package io.newsclean.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/** Opens the files a run writes: the disk, or in tests a channel that fails like a full disk. */
@FunctionalInterface
interface OutputFiles {
    OutputFiles DISK = FileChannel::open;

    FileChannel open(Path file, OpenOption... options) throws IOException;
}
