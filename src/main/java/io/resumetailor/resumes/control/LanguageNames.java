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

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
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
            "литовский",
            "kiswahili", "kikuyu", "luo", "zulu", "xhosa", "sesotho", "shona", "wolof", "fula", "fulani", "pulaar", "lingala", "creole",
            "twi", "akan", "ewe", "tigrinya", "oromo", "malagasy", "maori", "hokkien", "hakka", "sindhi", "odia", "oriya", "assamese",
            "konkani", "sanskrit", "burmese", "khmer", "lao", "mongolian", "tibetan", "uyghur", "tajik", "turkmen", "chechen",
            "dari", "maltese", "luxembourgish", "frisian", "welsh", "irish", "gaelic", "breton", "corsican", "occitan", "esperanto",
            "yiddish", "bambara", "berber", "kabyle", "tamazight", "amazigh", "haitian", "nahuatl",
            "kantonesisch", "mandarin", "bengalisch", "litauisch", "lettisch", "estnisch", "slowakisch", "slowenisch", "albanisch",
            "mazedonisch", "georgisch", "armenisch", "kurdisch", "tamilisch", "thailändisch", "indonesisch", "malaiisch", "suaheli",
            "isländisch", "katalanisch", "baskisch", "galicisch", "amharisch", "luxemburgisch", "irisch", "walisisch", "jiddisch",
            "aserbaidschanisch", "kasachisch", "usbekisch", "belarussisch", "weißrussisch", "tagalog", "gebärdensprache",
            "ourdou", "bengali", "lituanien", "letton", "estonien", "slovaque", "slovène", "albanais", "macédonien", "géorgien",
            "arménien", "kurde", "tamoul", "thaï", "indonésien", "malais", "islandais", "basque", "galicien", "peul", "créole",
            "berbère", "malgache", "luxembourgeois", "gallois", "irlandais", "yiddish", "cantonais", "mandarin", "azéri", "kazakh",
            "ouzbek", "biélorusse", "wolof", "lingala", "amharique", "swahili",
            "cantonés", "mandarín", "bengalí", "persa", "lituano", "letón", "estonio", "eslovaco", "esloveno", "albanés",
            "macedonio", "georgiano", "armenio", "kurdo", "tailandés", "indonesio", "malayo", "suajili", "latín", "islandés",
            "vasco", "náhuatl", "mapudungun", "criollo", "luxemburgués", "galés", "irlandés", "hindú", "tagalo", "aimara",
            "латынь", "словацкий", "словенский", "албанский", "македонский", "курдский", "тамильский", "тайский", "индонезийский",
            "малайский", "суахили", "исландский", "каталанский", "баскский", "идиш", "киргизский", "таджикский", "туркменский",
            "монгольский", "бенгальский", "урду", "фарси", "башкирский", "чувашский", "якутский", "чеченский"};
        for (String name : names) {
            NAMES.add(fold(name));
        }
    }

    /**
     * A level: a CEFR grade (in Latin or Cyrillic letters: "С1"), a test ("IELTS 7.5"), or the
     * words people use for it in the five languages, inflected ("básicos", "avancée", "базовые").
     */
    static final Pattern LEVEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:[abcавс][12](?:\\+|-)?|native(?:\\s+speaker)?|mother[-\\s]tongue|"
            + "first\\s+language|bilingual|trilingual|trilingue|trilingüe|fluent(?:ly)?|fluency|proficient|proficiency|full\\s+professional|"
            + "professional(?:\\s+working)?|limited\\s+working|working\\s+knowledge|advanced|upper[-\\s]intermediate|intermediate|"
            + "pre-intermediate|basic|beginner|elementary|conversational|conversant|business(?:\\s+level)?|good|very\\s+good|excellent|"
            + "expert|reading\\s+knowledge|(?:written|spoken)\\s+and\\s+(?:spoken|written)|ielts|toefl|toeic|delf|dalf|dele|testdaf|"
            + "telc|goethe|cambridge\\s+(?:first|advanced|proficiency)|fce|cae|cpe|dsh|"
            + "muttersprach\\p{L}*|verhandlungssicher|fließend|fliessend|(?:sehr\\s+)?gut(?:e|er|es)?|grundkenntnisse|"
            + "basiskenntnisse|schulkenntnisse|grundlagen|fortgeschritten|anfänger(?:kenntnisse)?|in\\s+wort\\s+und\\s+schrift|"
            + "langue\\s+maternelle|maternelle|natif|native|bilingue|courant(?:e)?|professionnel(?:le)?|intermédiaire(?:s)?|notions|"
            + "débutant(?:e)?|avancé(?:e)?|scolaire|opérationnel(?:le)?|lu,?\\s+écrit(?:,?\\s+(?:et\\s+)?parlé)?|"
            + "bon(?:ne)?\\s+(?:niveau|maîtrise|connaissance)|maîtrise|moyen(?:ne)?|basique|"
            + "nativ[oa]|lengua\\s+materna|idioma\\s+materno|bilingüe|flu[ií]d[oa]|avanzad[oa]|intermedi[oa]|básic[oa]s?|"
            + "conocimientos\\s+básicos|alto|medio|conversacional|(?:leído|hablado|escrito),?\\s+(?:y\\s+)?(?:escrito|hablado)|dominio|"
            + "excelente|(?:muy\\s+)?buen[oa]|regular|parlé(?:\\s+et\\s+écrit)?|écrit(?:\\s+et\\s+parlé)?|lu|"
            + "родной|свободн\\p{L}*|продвинут\\p{L}*|средн\\p{L}*|базов\\p{L}*|начальн\\p{L}*|разговорн\\p{L}*|техническ\\p{L}*|"
            + "читаю|со\\s+словар[её]м|в\\s+совершенстве|хорош\\p{L}*|отличн\\p{L}*|носитель(?:\\s+языка)?)(?![\\p{L}])");

    private LanguageNames() {
    }

    static boolean isLanguage(String word) {
        return NAMES.contains(fold(word));
    }

    /** Lower case without accents: "Ingles" written without its accent is "inglés" (not for Cyrillic: "й" stays). */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).strip();
        if (lower.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            return Normalizer.normalize(lower, Normalizer.Form.NFC);
        }
        return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

}
