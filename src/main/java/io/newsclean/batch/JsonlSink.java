package io.newsclean.batch;

import io.newsclean.output.RecordSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Appends one JSON record per line to a file, and resumes an earlier run's file; or writes the
 * lines to a stream (standard output), which cannot be resumed.
 *
 * <p>Whole lines only: records are gathered in memory and handed to the file only in runs of
 * whole lines, so a run killed at any moment leaves whole lines, except if the kill lands in the
 * middle of one write call. Opening an existing file repairs that case: a last line without its
 * newline is kept (and completed) when it is a whole record, else cut off, and its input is
 * redone. The sources of the lines already there are the resume set.
 *
 * <p>A write that fails (a full disk) is taken back to the last whole line before the run stops,
 * so the file keeps exactly the records written before it.
 */
final class JsonlSink implements OutputSink {
    private static final int FLUSH_BYTES = 1 << 20;
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final String name;
    private final FileChannel channel;
    private final OutputStream stream;
    private final SourceKeys done;
    private byte[] buffer = new byte[64 * 1024];
    private int buffered;
    private long lastFlush = System.nanoTime();
    private boolean closed;

    private JsonlSink(String name, FileChannel channel, OutputStream stream, SourceKeys done) {
        this.name = name;
        this.channel = channel;
        this.stream = stream;
        this.done = done;
    }

    static JsonlSink open(Path file, boolean fresh) throws IOException {
        return open(file, fresh, OutputFiles.DISK);
    }

    /**
     * @param fresh start the file over instead of resuming it
     * @throws OutputException when the file cannot be opened, repaired or read back
     */
    static JsonlSink open(Path file, boolean fresh, OutputFiles files) throws OutputException {
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (fresh) {
                channel = files.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                return new JsonlSink(file.toString(), channel, null, new SourceKeys().seal());
            }
            channel = files.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            repairTail(channel);
            SourceKeys done = readSources(channel);
            channel.position(channel.size());
            return new JsonlSink(file.toString(), channel, null, done);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException(file.toString(), "cannot open", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Lines to a stream that stays open (standard output): nothing to resume, nothing to repair. */
    static JsonlSink toStream(String name, OutputStream stream) {
        return new JsonlSink(name, null, stream, new SourceKeys().seal());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Already failing: the first error is the one reported.
            }
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
                throw new OutputException(name, "cannot write", new IOException("output is closed"));
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
        if (channel != null) {
            writeToFile();
        } else {
            stream.write(buffer, 0, buffered);
            stream.flush();
            if (stream instanceof PrintStream print && print.checkError()) {
                throw new OutputException(name, "cannot write", new IOException("the stream was closed"));
            }
        }
        buffered = 0;
        if (buffer.length > 4 * FLUSH_BYTES) {
            buffer = new byte[64 * 1024];
        }
        lastFlush = System.nanoTime();
    }

    private void writeToFile() throws OutputException {
        long start = -1;
        try {
            start = channel.position();
            ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, buffered);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            // A disk that filled up mid-write: take the partial lines back out, so the file ends
            // on the last whole record written before.
            if (start >= 0) {
                try {
                    channel.truncate(start);
                    channel.position(start);
                } catch (IOException cannotTruncate) {
                    e.addSuppressed(cannotTruncate);
                }
            }
            throw new OutputException(name, "cannot write", e);
        }
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
            if (channel != null) {
                channel.force(false);
            }
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException(name, "cannot write", e);
        } finally {
            closed = true;
            if (channel != null) {
                channel.close();
            }
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
