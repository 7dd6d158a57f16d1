package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a resume sentence that states what the candidate has done or does, before a wish, a
 * plan or something still being learned ("..., looking to move into X", "je souhaite évoluer vers X",
 * "ich möchte mich in X weiterentwickeln", "хочу перейти в X"). A resume says what it aims at in the
 * same words a posting asks for, so the words after such a cue ({@link Cues#ASPIRATION}, a
 * list per language) would otherwise be read as evidence of the very thing the candidate lacks. The
 * cut runs to the end of the sentence: a summary is read sentence by sentence already. Every line of
 * a resume is read on every score, so a line is first tested with the cues' one pattern and only a
 * line that has a cue is walked word by word to find where it starts.
 */
final class Aspirations {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}+#]+");
    private static final List<String[]> CUES = Cues.standard().phrases(Cues.ASPIRATION).stream().map(cue -> cue.split(" ")).toList();

    private Aspirations() {
    }

    /** The text up to its first aspiration cue; the whole text when it has none. */
    static String stated(String text) {
        return text == null || text.isEmpty() ? text : stated(text, Cues.fold(text));
    }

    /** As {@link #stated(String)}, for a text whose {@link Cues#fold folded} form is known. */
    static String stated(String text, String folded) {
        if (!Cues.standard().inFolded(Cues.ASPIRATION, folded)) {
            return text;
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(Cues.fold(word.group()).strip());
            starts.add(word.start());
        }
        for (int i = 0; i < words.size(); i++) {
            if (cueAt(words, i)) {
                return text.substring(0, starts.get(i));
            }
        }
        return text;
    }

    private static boolean cueAt(List<String> words, int at) {
        for (String[] cue : CUES) {
            if (at + cue.length <= words.size()) {
                boolean hit = true;
                for (int j = 0; j < cue.length && hit; j++) {
                    hit = PhraseGrammar.sameWord(words.get(at + j), cue[j]);
                }
                if (hit) {
                    return true;
                }
            }
        }
        return false;
    }
}
