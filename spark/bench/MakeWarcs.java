import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Writes gzipped WARC archives, as a crawler would (a request and a response record per page),
 * from a folder of pages ({@code .html} or {@code .html.gz}), each page COPIES times under its own
 * address, spread over ARCHIVES files.
 *
 * <pre>java -cp jwarc.jar MakeWarcs.java PAGES_DIR OUT_DIR ARCHIVES COPIES</pre>
 */
public final class MakeWarcs {
    public static void main(String[] args) throws Exception {
        Path pages = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int archives = Integer.parseInt(args[2]);
        int copies = Integer.parseInt(args[3]);
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(pages)) {
            list.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().forEach(files::add);
        }
        Files.createDirectories(out);
        List<WarcWriter> writers = new ArrayList<>();
        for (int i = 0; i < archives; i++) {
            writers.add(new WarcWriter(FileChannel.open(out.resolve(String.format("crawl-%05d.warc.gz", i)),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                    WarcCompression.GZIP));
        }
        int n = 0;
        for (int copy = 0; copy < copies; copy++) {
            for (Path file : files) {
                byte[] body;
                try (InputStream in = Files.newInputStream(file)) {
                    body = file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
                }
                URI url = URI.create("https://news.example/" + copy + "/" + file.getFileName().toString().replace(".gz", ""));
                WarcWriter warc = writers.get(n++ % archives);
                warc.write(new WarcRequest.Builder(url).body(new HttpRequest.Builder("GET", url.getPath()).build()).build());
                warc.write(new WarcResponse.Builder(url).body(new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html"), body).build()).build());
            }
        }
        for (WarcWriter warc : writers) {
            warc.close();
        }
        System.err.println("wrote " + n + " pages in " + archives + " archives to " + out);
    }
}
