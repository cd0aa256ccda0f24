package io.newsclean.input.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;

import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The first article object found, the publisher or website name as a fallback, and every
     * node that carries an {@code @id}, so that a reference such as {@code "author": {"@id": …}}
     * can be followed to the node it names.
     */
    record Found(Map<String, Object> article, String publisherName, Map<String, Map<String, Object>> byId) {
        /** The node a reference names, or the value itself when it is not a bare reference. */
        Object resolve(Object value) {
            if (value instanceof Map<?, ?> map && map.size() <= 2 && map.get("@id") instanceof String id
                    && byId.containsKey(id)) {
                return byId.get(id);
            }
            return value;
        }
    }

    private JsonLd() {
    }

    static Found find(List<String> scripts) {
        Map<String, Object> article = null;
        String siteName = null;
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (String script : scripts) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            flatten(parse(script), nodes, 0);
            for (Map<String, Object> node : nodes) {
                if (node.get("@id") instanceof String id && node.size() > 2) {
                    byId.putIfAbsent(id, node);
                }
                if (article == null && isArticle(node)) {
                    article = node;
                } else if (siteName == null && hasType(node, "website")) {
                    siteName = text(node.get("name"));
                }
            }
        }
        Found found = new Found(article, siteName, byId);
        if (article != null) {
            Object publisher = found.resolve(article.get("publisher"));
            String name = publisher instanceof String s ? s
                    : publisher instanceof Map<?, ?> m ? text(m.get("name")) : null;
            if (name != null) {
                return new Found(article, name, byId);
            }
        }
        return found;
    }

    private static Object parse(String script) {
        String s = unwrap(script.strip(), "<!--", "-->");
        // Pages saved as XHTML wrap scripts in CDATA, sometimes behind a line comment.
        s = unwrap(unwrap(s, "//<![CDATA[", "//]]>"), "<![CDATA[", "]]>");
        try {
            return READER.anyFrom(s);
        } catch (Exception e) {
            return null;
        }
    }

    private static String unwrap(String s, String open, String close) {
        String out = s;
        if (out.startsWith(open)) {
            out = out.substring(open.length());
        }
        if (out.endsWith(close)) {
            out = out.substring(0, out.length() - close.length());
        }
        return out.strip();
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

    /**
     * Names from an author field: a string, a person object (its name possibly nested once more),
     * a reference to a node elsewhere on the page, or an array of any of these.
     *
     * @param organisations whether to take the names of organisations, or of people only
     */
    static List<String> authors(Object node, Found found, boolean organisations) {
        List<String> out = new ArrayList<>();
        Object value = found.resolve(node);
        if (value instanceof List<?> items) {
            for (Object item : items) {
                out.addAll(authors(item, found, organisations));
            }
        } else if (value instanceof String s) {
            if (!organisations) {
                out.add(s);
            }
        } else if (value instanceof Map<?, ?> author && isOrganisation(author) == organisations) {
            Object name = author.get("name");
            String text = name instanceof Map<?, ?> nested ? text(nested.get("name")) : text(name);
            if (text == null && name instanceof Map<?, ?> nested) {
                text = text(nested.get("@value"));
            }
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    private static boolean isOrganisation(Map<?, ?> node) {
        return hasType(node, "organization") || hasType(node, "newsmediaorganization") || hasType(node, "corporation");
    }

    /** An image field's address: a string, an ImageObject's url, or the first of a list of either. */
    static String imageUrl(Object node, Found found) {
        Object value = found.resolve(node);
        if (value instanceof List<?> items) {
            for (Object item : items) {
                String url = imageUrl(item, found);
                if (url != null) {
                    return url;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> image) {
            String url = text(image.get("url"));
            return url != null ? url : text(image.get("contentUrl"));
        }
        return text(value);
    }

    /** Keywords as given: a list of strings, or one string the page separates with commas. */
    static List<String> keywords(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> items) {
            for (Object item : items) {
                String text = text(item);
                if (text != null) {
                    out.add(text);
                }
            }
        } else if (text(node) != null) {
            for (String part : text(node).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
