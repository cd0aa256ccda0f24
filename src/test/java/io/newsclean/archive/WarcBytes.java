package io.newsclean.archive;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;

/** Archive records written one at a time with jwarc, so a test knows each record's bytes and can damage them. */
final class WarcBytes {
    private WarcBytes() {
    }

    static String page(String title) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>The council met on Tuesday evening to discuss the new budget for the coming year, and the debate ran long.</p>"
                + "<p>Members argued about the cost of repairing the old bridge, which has been closed to traffic since the spring floods.</p>"
                + "</article></body></html>";
    }

    /** A 200 HTML response record for {@code url} holding {@link #page}. */
    static byte[] response(String url, String title, WarcCompression compression) {
        byte[] body = page(title).getBytes(StandardCharsets.UTF_8);
        try {
            return write(new WarcResponse.Builder(URI.create(url))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), body).build())
                    .build(), compression);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response record whose block is the bare page: no HTTP status line, no headers. */
    static byte[] responseWithoutHttpHeaders(String url, String title, WarcCompression compression) {
        byte[] body = page(title).getBytes(StandardCharsets.UTF_8);
        return write(new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, body).build(), compression);
    }

    /** A record that is not a page (an image kept as a resource). */
    static byte[] image(String url, WarcCompression compression) {
        return write(new WarcResource.Builder(URI.create(url))
                .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build(), compression);
    }

    static byte[] write(WarcRecord record, WarcCompression compression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The record's text with one string replaced (a plain record's header or length). */
    static byte[] replace(byte[] record, String from, String to) {
        String text = new String(record, StandardCharsets.ISO_8859_1);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("not in the record: " + from);
        }
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The Content-Length header of a plain record's WARC header. */
    static long contentLength(byte[] record) {
        String text = new String(record, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
        return Long.parseLong(text.substring(at, text.indexOf('\r', at)).trim());
    }
}
