package io.newsclean.quotes.speakers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link SpeakerPhrase} cuts from a speaker and what it keeps; "-" stands for no speaker. */
class SpeakerPhraseTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the verb after a name and what follows it are cut off
            Lori Bernstein held up a sign | Lori Bernstein
            Mrs. Clinton struck many of the same | Mrs. Clinton
            Taylor didn't | Taylor
            Mrs. Clinton regularly | Mrs. Clinton
            The world's energy transition cannot | The world's energy transition
            # after a determiner, the first word past a name is the head noun; the verb after it goes
            The Rove ad hits Clinton for taking | The Rove ad
            Rubio’s campaign sent out a press release | Rubio’s campaign
            # sentence adverbs before the speaker go
            even a top GOP strategist | a top GOP strategist
            # traps: a word after a name that takes no object, compounds and possessive phrases stay
            Source familiar with the ad | Source familiar with the ad
            Eleven progressive and Muslim organizations | Eleven progressive and Muslim organizations
            a former U.S. law enforcement official | a former U.S. law enforcement official
            the independent Vermont senator and Democratic presidential candidate | the independent Vermont senator and Democratic presidential candidate
            Hoff’s letter | Hoff’s letter
            an elderly man | an elderly man
            federal prosecutors | federal prosecutors
            hundreds of supporters | hundreds of supporters
            blockbeta | blockbeta
            # a phrase that began before its noun keeps the name in it
            talk Dave Gorab called the | Dave Gorab
            # traps: names, titles, particles, roles and group nouns, and prepositions stay
            Bill de Blasio | Bill de Blasio
            Ahmed al Ashry | Ahmed al Ashry
            Clinton supporters | Clinton supporters
            Sanders's campaign manager | Sanders's campaign manager
            Patrick Murray of Monmouth University | Patrick Murray of Monmouth University
            a bipartisan group of 32 national security experts | a bipartisan group of 32 national security experts
            the family | the family
            Another intelligence source | Another intelligence source
            Many | Many
            21 percent | 21 percent
            # clause words, adverbs, the author and determiners alone name no one
            as Democrats pour into Philadelphia | -
            and Clevelanders get nervous | -
            Already | -
            Certainly there | -
            I’d start by | -
            this wasn't the only finding | -
            that | -
            something many Republicans | -
            """)
    void shapes(String speaker, String expected) {
        assertEquals(expected.equals("-") ? null : expected, SpeakerPhrase.shape(speaker));
    }
}
