package io.resumetailor.resumes.control;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Words that tell what a piece of an entry's title is, in English, German, French,
 * Spanish and Russian: a job title ("Engineer", "Softwareentwicklerin", "Consultor
 * Practicante", "Разработчик"), an organisation ("GmbH", "Inc.", "ООО"), a place of study
 * ("Universität", "École"), a degree ("B.Tech", "MEng", "M1", "Licence", "Diplom", "Máster",
 * "Бакалавр") or a place ("Remote", "Hamburg, Germany", "Pomona, CA"). German compounds are
 * matched inside words ("Werkstudentin", "Projektleiter").
 */
final class RoleWords {

    static final Pattern POSITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:engineer(?:ing)?|developer|programmer|manager|lead|leader|"
            + "analyst|designer|consultant|intern|internship|trainee|apprentice|architect|director|head|chief|specialist|scientist|"
            + "researcher|research\\s+assistant|administrator|officer|tester|owner|founder|co-?founder|cto|ceo|cfo|coo|vp|"
            + "vice\\s+president|president|partner|associate|assistant|coordinator|supervisor|technician|teacher|tutor|lecturer|"
            + "professor|instructor|educator|trainer|coach|mentor|volunteer|member|fellow|editor|writer|accountant|advisor|"
            + "adviser|strategist|expert|sme|ambassador|botschafter(?:in)?|ambassadeur|embajador(?:a)?|амбассадор|"
            + "representative|agent|executive|clerk|operator|nurse|physician|doctor|postdoc|"
            + "waitstaff|waiter|waitress|cashier|receptionist|secretary|bookkeeper|caregiver|barista|bartender|salesperson|"
            + "employee|worker|"
            + "employée?|vendeu(?:r|se)|serveu(?:r|se)|caissi(?:er|ère)|conseill(?:er|ère)|secrétaire|comptable|"
            + "infirmi(?:er|ère)|animat(?:eur|rice)|adjointe?|professeur|"
            + "emplead[oa]|cajer[oa]|camarer[oa]|recepcionista|secretari[oa]|contador(?:a)?|dependient[ea]|enfermer[oa]|"
            + "asesor(?:a)?|operari[oa]|"
            + "продавец|кассир|официант|сотрудник|оператор|секретарь|медсестра|водитель|учитель|начальник|заместитель|"
            + "post-?doctoral|phd\\s+researcher|student\\s+assistant|working\\s+student|freelancer?|contractor|"
            + "praktikant(?:in)?|werkstudent(?:in)?|mitarbeiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|"
            + "geschäftsführer(?:in)?|kauffrau|kaufmann|techniker(?:in)?|lehrer(?:in)?|dozent(?:in)?|"
            + "développeu(?:r|se)|ingénieur|stagiaire|stage|alternant|alternance|prácticas|practicas|pasant[eí]a?|becario|"
            + "chef\\s+de\\s+projet|chef|responsable|directeur|directrice|"
            + "technicien(?:ne)?|chargée?|gestionnaire|analyste|architecte|administrateur|enseignant|formateur|"
            + "desarrollador(?:a)?|ingenier[oa]|consultor(?:a)?|practicante|becari[oa]|analista|jef[ea]|gerente|"
            + "coordinador(?:a)?|técnic[oa]|programador(?:a)?|voluntari[oa]|miembro|asistente|auxiliar|profesor(?:a)?|ayudante|"
            + "investigador(?:a)?|encargad[oa]|vendedor(?:a)?|administrativ[oa]|"
            + "разработчик|инженер|программист|руководитель|менеджер|аналитик|стаж[её]р|ведущий|директор|консультант|"
            + "специалист|тестировщик|администратор|архитектор|преподаватель|тимлид|лид|дизайнер|бухгалтер|"
            + "ассистент|помощник|волонт[её]р|стажировка)(?![\\p{L}])"
            + "|(?iu)(?:entwickler|ingenieur|berater|leiter|architekt|manager|analyst|designer|assistent|praktikant|"
            + "werkstudent|administrator|programmierer|referent|trainer|koordinator|techniker|elektroniker|mechatroniker|"
            + "monteur|kaufmann|kauffrau|mitarbeiter|spezialist|verkäufer|fachinformatiker|pfleger|erzieher|kassierer|"
            + "buchhalter|sekretär|disponent|assistenz|aushilfe|fachkraft|krankenschwester|(?<!an|be|beg|ein|ab|um|weiter|über|aus|ver|zu|rück)leitung|angestellter?)(?:in|innen)?(?![\\p{L}])"
            + "|(?iu)(?:praktikum|werkstudium|ausbildung\\s+zum|ausbildung\\s+zur|helfer(?:in)?|promoter(?:in)?|"
            + "schülerjob|ferienjob|nebenjob|minijob|studentenjob)(?![\\p{L}])");

    static final Pattern ORGANISATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:inc|inc\\.|ltd|ltd\\.|llc|llp|plc|gmbh|ag|se|kg|ohg|"
            + "corp|corp\\.|corporation|co\\.|company|s\\.a\\.|sa|sas|sarl|s\\.l\\.|sl|s\\.r\\.l\\.|srl|s\\.p\\.a\\.|bv|b\\.v\\.|nv|oy|ab|"
            + "pvt|pty|private\\s+limited|limited|group|holding|holdings|technologies|technology|solutions|systems|software|"
            + "labs?|consulting|services|bank|agency|studio|studios|foundation|association|gruppe|ooo|ооо|оао|ао|зао|пао|"
            + "ип|нпп|нии|фгуп|гуп|муп|нпо|компания|группа|банк|university|universität|université|universidad|universidade|institute|institut|"
            + "college|school|hospital|klinikum|clinic|ministry|department|command|council|enterprises?|industries|"
            + "international|global|media|networks?|partners|ventures)(?![\\p{L}])");

    static final Pattern INSTITUTION = Pattern.compile("(?iu)(?:universit[yäeéà]|universität|université|universidad|universidade|"
            + "università|universita|istituto|scuola|berufskolleg|(?<![\\p{L}])kolleg(?![\\p{L}])|lyzeum|университет|institute|institut|instituto|институт|college|collège|colegio|колледж|school|schule|"
            + "école|ecole|escuela|школа|academy|akademie|académie|academia|академия|hochschule|fachhochschule|polytechnic|"
            + "politecnico|polytechnique|politécnica|gymnasium|lycée|liceo|лицей|гимназия|conservatoire|conservatorio|"
            + "(?<![\\p{L}])(?:iit|mit|epfl|eth|iut|insa|htw|htwg|fh)(?![\\p{L}])|(?<![\\p{L}])(?:tu|uni)\\s|campus|faculty|fakultät|faculté|facultad|факультет|вуз)");

    static final Pattern DEGREE = Pattern.compile("(?iu)(?<![\\p{L}])(?:bachelor(?:'s|s)?|master(?:'s|s)?|b\\.?\\s?tech|m\\.?\\s?tech|"
            + "b\\.?\\s?e\\.|m\\.?\\s?e\\.|b\\.?\\s?eng|m\\.?\\s?eng|meng|beng|b\\.?\\s?sc|m\\.?\\s?sc|bsc|msc|b\\.?\\s?s\\.|m\\.?\\s?s\\.|bs|ms|"
            + "b\\.?\\s?a\\.|m\\.?\\s?a\\.|ba|ma|mba|mca|bca|b\\.?com|m\\.?com|ph\\.?\\s?d\\.?|dphil|doctorate|doctoral|doctor|"
            + "associate(?:'s)?\\s+degree|degree|diploma|diplom|diplôme|diplome|licence|license|licenciatura|licenciad[oa]|"
            + "grado|graduado|título|titulo|máster|maestría|doctorado|ingeniería|ingenieria|ingeniero|ingénieur|"
            + "m1|m2|l3|bts|dut|d\\.u\\.t\\.?|d\\.u\\.|but|deug|dea|dess|lp|mastère|mastere|doctorat|agrégation|agregation|abitur|staatsexamen|magister|promotion|"
            + "бакалавр(?:иат)?|магист(?:р|ратура)|специалист(?:итет)?|аспирантура|кандидат|доктор|диплом|"
            + "high\\s+school|secondary|intermediate|hsc|ssc|a-levels?|gcse|baccalauréat|baccalaureat|bachillerato|bachiller|"
            + "enseñanza|secundaria|técnico|tecnico|tecnólogo|tecnologo|matura|fachabitur|fachhochschulreife|hochschulreife|realschulabschluss|"
            + "hauptschulabschluss|mittlere\\s+reife|lehre|studium|cpge|prépa|classe\\s+préparatoire|аттестат|"
            + "среднее|колледж|техникум|"
            + "certificate|certification)(?![\\p{L}])");

    static final Pattern REMOTE = Pattern.compile("(?iu)^(?:remote|hybrid|on-?site|home\\s?office|télétravail|remoto|"
            + "a\\s+distancia|удал[её]нно|удал[её]нная\\s+работа)$");

    static final Pattern COUNTRY = Pattern.compile("(?iu)^(?:usa|u\\.s\\.a\\.|us|u\\.s\\.?|united\\s+states|uk|u\\.k\\.|united\\s+kingdom|england|"
            + "p\\.?\\s?r\\.?\\s?china|pr\\s+china|"
            + "scotland|wales|ireland|india|germany|deutschland|france|spain|españa|espana|russia|россия|рф|italy|italia|"
            + "netherlands|nederland|belgium|belgique|switzerland|schweiz|suisse|austria|österreich|poland|polska|ukraine|"
            + "україна|украина|belarus|беларусь|kazakhstan|казахстан|canada|mexico|méxico|brazil|brasil|argentina|chile|"
            + "colombia|peru|perú|china|japan|korea|s\\.?\\s?korea|south\\s+korea|republic\\s+of\\s+korea|singapore|australia|"
            + "new\\s+zealand|uae|oman|qatar|saudi\\s+arabia|israel|turkey|türkiye|portugal|sweden|norway|denmark|finland|"
            + "czech\\s+republic|czechia|hungary|romania|greece|egypt|nigeria|kenya|south\\s+africa|pakistan|bangladesh|"
            + "sri\\s+lanka|nepal|vietnam|thailand|indonesia|malaysia|philippines|luxembourg|estonia|latvia|lithuania|"
            + "georgia|armenia|serbia|croatia|bulgaria|slovakia|slovenia|morocco|algeria|tunisia|senegal|venezuela|ecuador|"
            + "bolivia|uruguay|paraguay|costa\\s+rica|cuba|guatemala|honduras|panama|panamá|dominican\\s+republic|"
            + "irland|frankreich|spanien|italien|niederlande|belgien|großbritannien|grossbritannien|vereinigte\\s+staaten|"
            + "kanada|russland|polen|indien|brasilien|mexiko|türkei|griechenland|schweden|norwegen|dänemark|finnland|"
            + "tschechien|ungarn|rumänien|kroatien|serbien|bosnien|allemagne|espagne|italie|royaume-uni|états-unis|"
            + "etats-unis|russie|pologne|chine|japon|inde|brésil|mexique|maroc|algérie|tunisie|sénégal|côte\\s+d'ivoire|"
            + "pays-bas|belgique|alemania|francia|reino\\s+unido|estados\\s+unidos|rusia|polonia|japón|brasil|"
            + "países\\s+bajos|suiza|austria|германия|франция|сша|китай|италия|испания|великобритания|польша|"
            + "грузия|армения|азербайджан|узбекистан|киргизия|кыргызстан|таджикистан|молдова|латвия|литва|эстония)$");

    /** A region named as one ("Región Metropolitana", "Provincia de Buenos Aires", "Московская область"). */
    static final Pattern REGION = Pattern.compile("(?iu)^(?:(?:región|region|provincia|province|departamento|département|"
            + "comunidad|bundesland|kanton|canton|distrito|oblast)\\s+\\S.*|\\S.*\\s+(?:область|край|county|oblast|province)"
            + "|(?:г\\.|город|пгт|пос\\.)\\s*\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)$");

    /** The states of the USA, written out ("Orem, Utah"). */
    static final Pattern US_STATE = Pattern.compile("(?iu)^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|"
            + "delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
            + "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\\s+hampshire|new\\s+jersey|"
            + "new\\s+mexico|new\\s+york|north\\s+carolina|north\\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\\s+island|"
            + "south\\s+carolina|south\\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\\s+virginia|wisconsin|"
            + "wyoming)$");

    /**
     * A school named only by its type ("Grundschule", "Weiterführende Schule", "High School",
     * "Lycée"): German school timelines put it above the school's own name.
     */
    static final Pattern SCHOOL_TYPE = Pattern.compile("(?iu)^(?:(?:weiterführende|allgemeinbildende|berufsbildende|höhere|"
            + "secondary|primary|middle|high|elementary|junior|senior|public|private)\\s+)?(?:schule|school|grundschule|"
            + "realschule|hauptschule|gesamtschule|gymnasium|berufskolleg|berufsschule|fachoberschule|lycée|collège|colegio|"
            + "escuela|liceo|школа|гимназия|лицей)$");

    private static final Pattern STATE_CODE = Pattern.compile("^[A-Z]{2}(?:\\s+\\d{4,6})?$");

    private RoleWords() {
    }

    static boolean position(String text) {
        return POSITION.matcher(text).find();
    }

    static boolean organisation(String text) {
        return ORGANISATION.matcher(text).find();
    }

    static boolean institution(String text) {
        return INSTITUTION.matcher(text).find();
    }

    static boolean degree(String text) {
        return DEGREE.matcher(text).find();
    }

    /**
     * "Remote", a country, a state code, or a city followed by them ("Pomona, CA", "Seoul, S.Korea",
     * "Mountain View, CA, USA").
     */
    static boolean location(String text) {
        String t = text.strip().replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
        if (t.isEmpty()) {
            return false;
        }
        if (REMOTE.matcher(t).matches() || COUNTRY.matcher(t).matches() || STATE_CODE.matcher(t).matches()
                || REGION.matcher(t).matches() || US_STATE.matcher(t).matches()) {
            return true;
        }
        String[] pieces = t.split("\\s*,\\s*");
        if (pieces.length < 2 || pieces.length > 3 || position(t) || ORGANISATION.matcher(t).find() || institution(pieces[0])
                || !Arrays.stream(pieces).allMatch(p -> p.split("\\s+").length <= 3)) {
            return false;
        }
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].replaceAll("[()]", "").strip();
            if (!COUNTRY.matcher(piece).matches() && !STATE_CODE.matcher(piece).matches() && !REMOTE.matcher(piece).matches()
                    && !REGION.matcher(piece).matches() && !US_STATE.matcher(piece).matches()) {
                return false; // "Clearsy, Aix-en-Provence, France" names a company first
            }
        }
        return true;
    }
}
