package io.resumetailor.resumes.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of spoken languages and words for how well one speaks them, in English, German,
 * French, Spanish and Russian. A "Languages:" line that lists Java and Python is about
 * programming; only known language names count as spoken languages.
 */
final class LanguageNames {

    private static final Set<String> NAMES = new HashSet<>();

    static {
        String[] names = {
            "english", "german", "french", "spanish", "russian", "italian", "portuguese", "chinese", "mandarin", "cantonese",
            "japanese", "korean", "arabic", "hindi", "urdu", "bengali", "bangla", "punjabi", "tamil", "telugu", "malayalam",
            "kannada", "marathi", "gujarati", "nepali", "sinhala", "turkish", "persian", "farsi", "polish", "ukrainian",
            "dutch", "flemish", "swedish", "norwegian", "danish", "finnish", "icelandic", "greek", "hebrew", "czech", "slovak",
            "hungarian", "romanian", "bulgarian", "serbian", "croatian", "bosnian", "slovenian", "macedonian", "albanian",
            "vietnamese", "thai", "indonesian", "malay", "tagalog", "filipino", "swahili", "latin", "catalan", "basque",
            "galician", "kazakh", "uzbek", "georgian", "armenian", "azerbaijani", "belarusian", "lithuanian", "latvian",
            "estonian", "afrikaans", "amharic", "yoruba", "hausa", "igbo", "somali", "kurdish", "pashto", "tatar", "kyrgyz",
            "englisch", "deutsch", "französisch", "spanisch", "russisch", "italienisch", "portugiesisch", "chinesisch",
            "japanisch", "koreanisch", "arabisch", "türkisch", "polnisch", "ukrainisch", "niederländisch", "schwedisch",
            "norwegisch", "dänisch", "finnisch", "griechisch", "hebräisch", "tschechisch", "ungarisch", "rumänisch",
            "bulgarisch", "serbisch", "kroatisch", "persisch", "hindi", "vietnamesisch", "lateinisch", "latein",
            "anglais", "allemand", "français", "espagnol", "russe", "italien", "portugais", "chinois", "japonais", "coréen",
            "arabe", "turc", "polonais", "ukrainien", "néerlandais", "suédois", "norvégien", "danois", "finnois", "grec",
            "hébreu", "tchèque", "hongrois", "roumain", "bulgare", "serbe", "croate", "persan", "vietnamien", "catalan",
            "inglés", "alemán", "francés", "español", "castellano", "ruso", "italiano", "portugués", "chino", "japonés",
            "coreano", "árabe", "turco", "polaco", "ucraniano", "neerlandés", "holandés", "sueco", "noruego", "danés",
            "finlandés", "griego", "hebreo", "checo", "húngaro", "rumano", "búlgaro", "serbio", "croata", "catalán",
            "euskera", "gallego", "quechua", "aymara", "guaraní", "valenciano",
            "английский", "немецкий", "французский", "испанский", "русский", "итальянский", "португальский", "китайский",
            "японский", "корейский", "арабский", "турецкий", "польский", "украинский", "белорусский", "казахский",
            "узбекский", "татарский", "нидерландский", "голландский", "шведский", "норвежский", "датский", "финский",
            "греческий", "иврит", "чешский", "венгерский", "румынский", "болгарский", "сербский", "хорватский", "персидский",
            "армянский", "грузинский", "азербайджанский", "латинский", "хинди", "вьетнамский", "эстонский", "латышский",
            "литовский"};
        for (String name : names) {
            NAMES.add(fold(name));
        }
    }

    static final Pattern LEVEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:[abc][12](?:\\+|-)?|native(?:\\s+speaker)?|mother\\s+tongue|"
            + "first\\s+language|bilingual|trilingual|trilingue|trilingüe|fluent(?:ly)?|fluency|proficient|proficiency|full\\s+professional|professional(?:\\s+working)?|"
            + "limited\\s+working|working\\s+knowledge|advanced|upper[-\\s]intermediate|intermediate|pre-intermediate|basic|"
            + "beginner|elementary|conversational|business(?:\\s+level)?|good|very\\s+good|excellent|expert|"
            + "muttersprache|muttersprachlich|verhandlungssicher|fließend|fliessend|sehr\\s+gut|gut|grundkenntnisse|"
            + "basiskenntnisse|fortgeschritten|gute\\s+kenntnisse|langue\\s+maternelle|maternelle|natif|native|bilingue|courant|"
            + "professionnel|intermédiaire|notions|débutant|avancé|scolaire|nativo|nativa|lengua\\s+materna|bilingüe|fluido|"
            + "avanzado|intermedio|básico|alto|medio|родной|свободно|свободный|свободное\\s+владение|продвинутый|средний|"
            + "базовый|начальный|разговорный|технический|носитель(?:\\s+языка)?)(?![\\p{L}])");

    private LanguageNames() {
    }

    static boolean isLanguage(String word) {
        return NAMES.contains(fold(word));
    }

    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT).strip(), Normalizer.Form.NFC);
    }
}
