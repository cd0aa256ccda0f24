package io.newsclean.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the records a run wrote; every line must be whole JSON. */
final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    static List<JsonNode> lines(Path jsonl) throws IOException {
        String text = Files.readString(jsonl, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError("the file does not end with a whole line");
        }
        return text.lines().map(Records::parse).toList();
    }

    static JsonNode file(Path json) throws IOException {
        return parse(Files.readString(json, StandardCharsets.UTF_8));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
