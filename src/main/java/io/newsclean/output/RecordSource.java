package io.newsclean.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads back the {@code source} of one JSON Lines record that newsclean wrote, so a batch run
 * can tell which inputs an earlier run already recorded. Thread-safe.
 */
public final class RecordSource {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String FRONT_MATTER_FENCE = "---";

    private RecordSource() {
    }

    /** Where a record came from: its file and, for an archive record, the record's offset. */
    public record Key(String file, Long record) {
    }

    /**
     * The source of a complete JSON object, or null when the line is not a whole JSON object
     * with a {@code source.file} (a line cut short by a killed run, for instance).
     */
    public static Key of(String line) {
        return read(line, true);
    }

    /**
     * The source of a line known to be whole (any line but the last of a file): reading stops
     * once the source is found, which is near the start of every record.
     */
    public static Key peek(String line) {
        return read(line, false);
    }

    /**
     * The source of a JSON or Markdown file newsclean wrote, or null when it has none; reading
     * stops once the source is found, near the start of the file (a Markdown file names it in its
     * front matter).
     */
    public static Key peek(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (FRONT_MATTER_FENCE.equals(lines.readLine())) {
                return frontMatterSource(lines);
            }
        } catch (CharacterCodingException e) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            return read(parser, false);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The {@code source} and {@code record} fields of a front matter, read up to its closing fence. */
    private static Key frontMatterSource(BufferedReader lines) throws IOException {
        String file = null;
        Long record = null;
        String line;
        while ((line = lines.readLine()) != null && !line.equals(FRONT_MATTER_FENCE)) {
            if (line.startsWith("source: ")) {
                file = YamlScalars.unquoted(line.substring("source: ".length()));
            } else if (line.startsWith("record: ")) {
                try {
                    record = Long.valueOf(line.substring("record: ".length()).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return file == null || line == null ? null : new Key(file, record);
    }

    private static Key read(String line, boolean wholeObject) {
        try (JsonParser parser = JSON.createParser(line)) {
            return read(parser, wholeObject);
        } catch (IOException e) {
            return null;
        }
    }

    private static Key read(JsonParser parser, boolean wholeObject) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Key key = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("source") && parser.currentToken() == JsonToken.START_OBJECT) {
                key = readSource(parser);
                if (!wholeObject) {
                    return key;
                }
            } else {
                parser.skipChildren();
            }
        }
        // Only a record that closes properly counts: a cut line must be redone.
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return null;
        }
        return key;
    }

    private static Key readSource(JsonParser parser) throws IOException {
        String file = null;
        Long record = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("file") && value == JsonToken.VALUE_STRING) {
                file = parser.getText();
            } else if (field.equals("record") && value == JsonToken.VALUE_NUMBER_INT) {
                record = parser.getLongValue();
            } else {
                parser.skipChildren();
            }
        }
        return file == null ? null : new Key(file, record);
    }
}
