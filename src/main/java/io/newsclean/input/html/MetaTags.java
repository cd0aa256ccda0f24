package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page's meta tags by name, lower-cased: {@code property}, {@code name}, {@code http-equiv}
 * and {@code itemprop}, each read as space-separated tokens ({@code property="og:title
 * twitter:title"} names both). The first tag with content wins for each name.
 */
final class MetaTags {
    private final Map<String, String> byName = new HashMap<>();
    /** Names a page may give many times (article:tag), with every value in page order. */
    private final Map<String, List<String>> repeated = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element m : metas) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attribute : new String[]{"property", "name", "http-equiv", "itemprop"}) {
                for (String key : Tokens.of(m.attr(attribute))) {
                    String name = key.toLowerCase(Locale.ROOT);
                    byName.putIfAbsent(name, content);
                    if (name.equals("article:tag")) {
                        repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
    }

    /** The content of the first tag with this name, or null. */
    String get(String name) {
        return byName.get(name);
    }

    /** Every value of a name the page may repeat (article:tag). */
    List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    /** The content of the first of these names the page gives, or null. */
    String first(String... names) {
        for (String name : names) {
            String value = byName.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
