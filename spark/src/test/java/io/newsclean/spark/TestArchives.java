package io.newsclean.spark;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * WARC archives written with jwarc for the tests: the HTML pages of the repository's samples,
 * and generated news articles with quotations, served as HTTP responses among requests, images
 * and redirects, as a crawler records them.
 */
final class TestArchives {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String[] PEOPLE = {"Anna Berg", "Tomas Lind", "Maria Costa", "David Okafor", "Elena Petrova"};
    private static final String[] ROLES = {"the mayor", "the finance minister", "a council member", "the harbour master",
            "the union leader"};
    private static final String[] TOPICS = {"bridge", "ferry", "school", "hospital", "railway", "harbour"};

    private TestArchives() {
    }

    /** The HTML pages of the samples folder. */
    static List<byte[]> samplePages() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (var files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(file));
            }
        }
        return pages;
    }

    /** A news article about one topic, with a quotation given to a named speaker. */
    static byte[] article(int n) {
        String person = PEOPLE[n % PEOPLE.length];
        String role = ROLES[n % ROLES.length];
        String topic = TOPICS[n % TOPICS.length];
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plans for the new " + topic
                + " approved, story " + n + "</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
                + "</nav></header><main><article><h1>Plans for the new " + topic + " approved</h1>"
                + "<p class=\"byline\">By Staff Reporter</p>"
                + "<p>The council voted on Tuesday evening to approve the plans for the new " + topic
                + ", after a debate that ran for more than three hours and drew a large crowd to the town hall.</p>"
                + "<p>\u201CThis " + topic + " will serve the town for fifty years, and we have waited long enough,\u201D said "
                + person + ", " + role + ", after the vote.</p>"
                + "<p>Work is expected to start in the spring, and the cost of " + (n + 3)
                + " million euros will be shared between the town and the regional government.</p>"
                + "<p>Opponents said the money would be better spent on roads, and they promised to keep up their campaign"
                + " until the first stone is laid.</p>"
                + "</article></main><footer><p>Subscribe to our newsletter</p><p>\u00A9 Town News</p></footer></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes one archive: for each page a request and its response, and now and then an image and
     * a redirect, which are not pages.
     */
    static Path write(Path file, WarcCompression compression, List<byte[]> pages, String site) throws IOException {
        Files.createDirectories(file.getParent());
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (int i = 0; i < pages.size(); i++) {
                URI url = URI.create("https://" + site + "/news/" + i);
                warc.write(new WarcRequest.Builder(url).body(new HttpRequest.Builder("GET", url.getPath()).build()).build());
                warc.write(new WarcResponse.Builder(url).body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html"), pages.get(i)).build()).build());
                if (i % 3 == 0) {
                    warc.write(new WarcResource.Builder(URI.create("https://" + site + "/logo" + i + ".png"))
                            .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build());
                    warc.write(new WarcResponse.Builder(URI.create("https://" + site + "/old/" + i))
                            .body(new HttpResponse.Builder(301, "Moved").addHeader("Location", url.toString())
                                    .body(MediaType.parse("text/html"), new byte[0]).build()).build());
                }
            }
        }
        return file;
    }

    /** Several archives, gzipped and plain, holding the sample pages and {@code articles} generated ones. */
    static List<Path> crawl(Path dir, int archives, int articles) throws IOException {
        List<byte[]> pages = new ArrayList<>(samplePages());
        for (int i = 0; i < articles; i++) {
            pages.add(article(i));
        }
        List<Path> files = new ArrayList<>();
        for (int a = 0; a < archives; a++) {
            List<byte[]> share = new ArrayList<>();
            for (int i = a; i < pages.size(); i += archives) {
                share.add(pages.get(i));
            }
            boolean plain = a == archives - 1 && archives > 1;
            String name = "crawl-" + a + (plain ? ".warc" : ".warc.gz");
            files.add(write(dir.resolve(name), plain ? WarcCompression.NONE : WarcCompression.GZIP, share, "site" + a + ".example"));
        }
        return files;
    }

    /** A gzipped archive cut off two thirds of the way in, inside a record. */
    static Path truncated(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pages.add(article(100 + i));
        }
        Path file = write(dir.resolve("cut.warc.gz"), WarcCompression.GZIP, pages, "cut.example");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        return file;
    }

    /** A file of random bytes named like an archive. */
    static Path noise(Path dir) throws IOException {
        byte[] bytes = new byte[50_000];
        new Random(15).nextBytes(bytes);
        bytes[0] = 'n';
        Files.createDirectories(dir);
        return Files.write(dir.resolve("noise.warc.gz"), bytes);
    }
}
