package io.newsclean.input.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the schema.org objects pages embed as JSON-LD and finds the article among them.
 * Pages write sloppy JSON (control characters, trailing commas, comments), so parsing is lenient;
 * a script that still does not parse is ignored. Objects are read as plain maps and lists
 * (jackson-jr), which is all this needs and starts far quicker than a data-binding mapper.
 */
final class JsonLd {
    private static final JSON READER = JSON.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build()).build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "scholarlyarticle",
            "techarticle", "liveblogposting", "socialmediaposting", "posting", "advertisercontentarticle");

    /** The first article object found, and the publisher or website name as a fallback. */
    record Found(Map<String, Object> article, String publisherName) {
    }

    private JsonLd() {
    }

    static Found find(List<String> scripts) {
        Map<String, Object> article = null;
        String siteName = null;
        for (String script : scripts) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            flatten(parse(script), nodes, 0);
            for (Map<String, Object> node : nodes) {
                if (article == null && isArticle(node)) {
                    article = node;
                } else if (siteName == null && hasType(node, "website")) {
                    siteName = text(node.get("name"));
                }
            }
        }
        if (article != null) {
            Object publisher = article.get("publisher");
            String name = publisher instanceof String s ? s
                    : publisher instanceof Map<?, ?> m ? text(m.get("name")) : null;
            if (name != null) {
                siteName = name;
            }
        }
        return new Found(article, siteName);
    }

    private static Object parse(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        try {
            return READER.anyFrom(s);
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object node, List<Map<String, Object>> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node instanceof List<?> items) {
            for (Object item : items) {
                flatten(item, out, depth + 1);
            }
        } else if (node instanceof Map<?, ?> map) {
            out.add((Map<String, Object>) map);
            flatten(map.get("@graph"), out, depth + 1);
            Object main = map.get("mainEntity");
            if (main instanceof Map<?, ?>) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static boolean isArticle(Map<?, ?> node) {
        Object type = node.get("@type");
        if (type instanceof List<?> types) {
            for (Object t : types) {
                if (t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT));
    }

    static boolean hasType(Map<?, ?> node, String lowerType) {
        Object type = node.get("@type");
        if (type instanceof List<?> types) {
            for (Object t : types) {
                if (t instanceof String s && s.equalsIgnoreCase(lowerType)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof String s && s.equalsIgnoreCase(lowerType);
    }

    /** A value's text: a string or number as it is, the first element of an array, else null. */
    static String text(Object node) {
        if (node instanceof List<?> items) {
            return items.isEmpty() ? null : text(items.get(0));
        }
        if (node instanceof String || node instanceof Number || node instanceof Boolean) {
            String s = node.toString().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /** Person names from an author field: a string, a person object, or an array of either. */
    static List<String> authors(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> items) {
            for (Object item : items) {
                out.addAll(authors(item));
            }
        } else if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof Map<?, ?> person && !hasType(person, "organization")
                && !hasType(person, "newsmediaorganization")) {
            String name = text(person.get("name"));
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }
}
