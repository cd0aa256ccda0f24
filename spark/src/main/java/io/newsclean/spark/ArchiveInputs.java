package io.newsclean.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Turns the job's inputs into the list of archives, on the driver: a WARC file as it is (even
 * when missing: it then gets its error record, as in a batch), a folder's WARC files, a glob's
 * matches, and the lines of a {@code .paths} or {@code .paths.gz} list (Common Crawl publishes a
 * segment's archives so), each put after the prefix.
 */
final class ArchiveInputs {
    private ArchiveInputs() {
    }

    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    static boolean isPathsList(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".paths") || lower.endsWith(".paths.gz");
    }

    /**
     * @throws IllegalArgumentException when a glob or folder holds no archive, or a paths list is empty
     */
    static List<String> expand(List<String> inputs, String prefix, Configuration conf) throws IOException {
        Set<String> archives = new LinkedHashSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (isPathsList(path.getName()) && fs.isFile(path)) {
                archives.addAll(readList(fs, path, prefix));
                continue;
            }
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null) {
                archives.add(qualified(fs, path)); // not there: its error record will say so
                continue;
            }
            int before = archives.size();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                    List<String> found = new ArrayList<>();
                    while (files.hasNext()) {
                        Path file = files.next().getPath();
                        if (isArchive(file.getName())) {
                            found.add(file.toString());
                        }
                    }
                    found.sort(null);
                    archives.addAll(found);
                } else if (isArchive(match.getPath().getName())) {
                    archives.add(match.getPath().toString());
                } else if (isPathsList(match.getPath().getName())) {
                    archives.addAll(readList(fs, match.getPath(), prefix));
                }
            }
            if (archives.size() == before) {
                throw new IllegalArgumentException(input + ": no WARC archive there");
            }
        }
        return List.copyOf(archives);
    }

    private static List<String> readList(FileSystem fs, Path list, String prefix) throws IOException {
        List<String> archives = new ArrayList<>();
        try (InputStream raw = fs.open(list);
             InputStream in = list.getName().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    archives.add(prefix + line.trim());
                }
            }
        }
        if (archives.isEmpty()) {
            throw new IllegalArgumentException(list + ": the list names no archive");
        }
        return archives;
    }

    private static String qualified(FileSystem fs, Path path) {
        return fs.makeQualified(path).toString();
    }

    /**
     * What the records call an archive: a local file by its path, as {@code newsclean batch}
     * does, anything else by its full address.
     */
    static String recordName(String archive) {
        Path path = new Path(archive);
        String scheme = path.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? path.toUri().getPath() : archive;
    }
}
