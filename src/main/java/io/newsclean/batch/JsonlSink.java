package io.newsclean.batch;

import io.newsclean.output.RecordSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Appends one JSON record per line to a file, and resumes an earlier run's file.
 *
 * <p>Whole lines only: records are gathered in memory and handed to the file only in runs of
 * whole lines, so a run killed at any moment leaves whole lines, except if the kill lands in the
 * middle of one write call. Opening an existing file repairs that case: a last line without its
 * newline is kept (and completed) when it is a whole record, else cut off, and its input is
 * redone. The sources of the lines already there are the resume set.
 */
final class JsonlSink implements OutputSink {
    private static final int FLUSH_BYTES = 1 << 20;
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final FileChannel channel;
    private final SourceKeys done;
    private byte[] buffer = new byte[64 * 1024];
    private int buffered;
    private long lastFlush = System.nanoTime();
    private boolean closed;

    private JsonlSink(FileChannel channel, SourceKeys done) {
        this.channel = channel;
        this.done = done;
    }

    /**
     * @param fresh start the file over instead of resuming it
     */
    static JsonlSink open(Path file, boolean fresh) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        if (fresh) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return new JsonlSink(channel, new SourceKeys().seal());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            repairTail(channel);
            SourceKeys done = readSources(channel);
            channel.position(channel.size());
            return new JsonlSink(channel, done);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public boolean alreadyDone(WorkItem item) {
        return done.contains(item.source());
    }

    int recorded() {
        return done.size();
    }

    @Override
    public void write(WorkItem item, byte[] json) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("output is closed");
            }
            int needed = buffered + json.length + 1;
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
            }
            System.arraycopy(json, 0, buffer, buffered, json.length);
            buffer[buffered + json.length] = '\n';
            buffered = needed;
            if (buffered >= FLUSH_BYTES) {
                flush();
            }
        }
    }

    @Override
    public synchronized void tick() throws IOException {
        if (!closed && buffered > 0 && System.nanoTime() - lastFlush > FLUSH_NANOS) {
            flush();
        }
    }

    /** Hands the whole lines gathered so far to the file; also safe to call from a shutdown hook. */
    synchronized void flush() throws IOException {
        if (closed || buffered == 0) {
            return;
        }
        long start = channel.position();
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, buffered);
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            // A disk that filled up mid-write: take the partial lines back out.
            channel.truncate(start);
            throw e;
        }
        buffered = 0;
        if (buffer.length > 4 * FLUSH_BYTES) {
            buffer = new byte[64 * 1024];
        }
        lastFlush = System.nanoTime();
    }

    @Override
    public boolean compact() {
        return true;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
            channel.force(false);
        } finally {
            closed = true;
            channel.close();
        }
    }

    /** Cuts a last line that a killed run left half-written; completes one that lacks only its newline. */
    static void repairTail(FileChannel channel) throws IOException {
        long size = channel.size();
        long lineStart = lastLineStart(channel, size);
        if (lineStart == size) {
            return;
        }
        ByteBuffer tail = ByteBuffer.allocate(Math.toIntExact(size - lineStart));
        channel.read(tail, lineStart);
        String line = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        if (RecordSource.of(line) != null) {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
        } else {
            channel.truncate(lineStart);
        }
    }

    /** The offset just after the last newline (0 when there is none). */
    private static long lastLineStart(FileChannel channel, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        long end = size;
        while (end > 0) {
            long from = Math.max(0, end - chunk.capacity());
            chunk.clear().limit((int) (end - from));
            while (chunk.hasRemaining() && channel.read(chunk, from + chunk.position()) > 0) {
                // keep reading until the chunk is full
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    private static SourceKeys readSources(FileChannel channel) throws IOException {
        SourceKeys keys = new SourceKeys();
        channel.position(0);
        // Not closed on purpose: closing the reader would close the channel, which the sink goes on using.
        BufferedReader lines = new BufferedReader(new InputStreamReader(
                Channels.newInputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = lines.readLine()) != null) {
            RecordSource.Key key = RecordSource.peek(line);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys.seal();
    }
}
