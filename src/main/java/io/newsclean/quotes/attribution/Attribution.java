package io.newsclean.quotes.attribution;

/**
 * Who said something and with which cue, as found in one paragraph (UTF-16 offsets).
 *
 * @param mentionStart start of the words naming the speaker, or -1 when the speaker is only implied
 * @param mentionEnd   end of those words
 * @param cue          the reporting verb or phrase as written ("said", "according to", ":")
 * @param end          where the attribution ends (after the later of mention and cue)
 */
public record Attribution(int mentionStart, int mentionEnd, String cue, int end) {

    public String mention(String text) {
        return mentionStart < 0 ? null : text.substring(mentionStart, mentionEnd);
    }
}
