package io.newsclean.input.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the schema.org objects pages embed as JSON-LD and finds the article among them.
 * Pages write sloppy JSON (control characters, trailing commas, comments), so parsing is lenient;
 * a script that still does not parse is ignored.
 */
final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "scholarlyarticle",
            "techarticle", "liveblogposting", "socialmediaposting", "posting", "advertisercontentarticle");

    /** The first article object found, and the publisher or website name as a fallback. */
    record Found(JsonNode article, String publisherName) {
    }

    private JsonLd() {
    }

    static Found find(List<String> scripts) {
        JsonNode article = null;
        String siteName = null;
        for (String script : scripts) {
            List<JsonNode> nodes = new ArrayList<>();
            flatten(parse(script), nodes, 0);
            for (JsonNode node : nodes) {
                if (article == null && isArticle(node)) {
                    article = node;
                } else if (siteName == null && hasType(node, "website")) {
                    siteName = text(node.get("name"));
                }
            }
        }
        if (article != null) {
            JsonNode publisher = article.get("publisher");
            String name = publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher.get("name"));
            if (name != null) {
                siteName = name;
            }
        }
        return new Found(article, siteName);
    }

    private static JsonNode parse(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        try {
            return MAPPER.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                flatten(item, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    static boolean hasType(JsonNode node, String lowerType) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equalsIgnoreCase(lowerType)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equalsIgnoreCase(lowerType);
    }

    /** A node's text: a string as it is, the first string of an array, else null. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isValueNode()) {
            String s = node.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /** Person names from an author field: a string, a person object, or an array of either. */
    static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                out.addAll(authors(item));
            }
        } else if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isObject() && !hasType(node, "organization") && !hasType(node, "newsmediaorganization")) {
            String name = text(node.get("name"));
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }
}
