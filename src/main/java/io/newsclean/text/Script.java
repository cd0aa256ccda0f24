package io.newsclean.text;

/** The writing systems that matter for telling languages apart and for counting words. */
public enum Script {
    LATIN, CYRILLIC, GREEK, ARMENIAN, GEORGIAN, HEBREW, ARABIC, DEVANAGARI, BENGALI, TAMIL, TELUGU, THAI,
    HANGUL, KANA, HAN, OTHER;

    /** The script of one letter, by Unicode script property. */
    public static Script of(int codePoint) {
        if (codePoint < 0x80) {
            return LATIN;
        }
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
        return switch (script) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case ARMENIAN -> ARMENIAN;
            case GEORGIAN -> GEORGIAN;
            case HEBREW -> HEBREW;
            case ARABIC -> ARABIC;
            case DEVANAGARI -> DEVANAGARI;
            case BENGALI -> BENGALI;
            case TAMIL -> TAMIL;
            case TELUGU -> TELUGU;
            case THAI -> THAI;
            case HANGUL -> HANGUL;
            case HIRAGANA, KATAKANA -> KANA;
            case HAN -> HAN;
            default -> OTHER;
        };
    }

    /**
     * Scripts written without spaces between words: a "word" there is better estimated from the
     * number of characters than from spaces.
     */
    public boolean unspaced() {
        return this == HAN || this == KANA || this == THAI;
    }
}
