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
            + "post-?doctorat|post-?doctorante?|chercheu(?:r|se)|posdoctorado|постдок|"
            + "d[ée]veloppeu(?:r|se)|ing[ée]nieur|[ée]conomiste|economista|ökonom(?:in)?|volkswirt(?:in)?|stagiaire|stage|alternant|alternance|apprentie?|aprendiz(?:a)?|prácticas|practicas|pasant[eí]a?|becario|"
            + "chef\\s+de\\s+projet|chef|responsable|directeur|directrice|"
            + "technicien(?:ne)?|chargée?|gestionnaire|analyste|architecte|administrateur|enseignant|formateur|"
            + "desarrollador(?:a)?|ingenier[oa]|consultor(?:a)?|practicante|becari[oa]|analista|jef[ea]|gerente|"
            + "coordinador(?:a)?|técnic[oa]|programador(?:a)?|voluntari[oa]|miembro|asistente|auxiliar|profesor(?:a)?|ayudante|"
            + "investigador(?:a)?|encargad[oa]|vendedor(?:a)?|administrativ[oa]|"
            + "разработчик|инженер|программист|руководитель|менеджер|аналитик|стаж[её]р|ведущий|директор|консультант|"
            + "специалист|тестировщик|администратор|архитектор|преподаватель|тимлид|лид|дизайнер|бухгалтер|"
            + "ассистент|помощник|волонт[её]р|стажировка|техподдержка|техническая\\s+поддержка|"
            + "(?:technical|tech|it|customer|desktop|application)\\s+support)(?![\\p{L}])"
            + "|(?iu)(?:entwickler|ingenieur|berater|leiter|architekt|manager|analyst|designer|assistent|praktikant|"
            + "werkstudent|administrator|programmierer|referent|trainer|koordinator|techniker|elektroniker|mechatroniker|"
            + "monteur|kaufmann|kauffrau|mitarbeiter|spezialist|verkäufer|fachinformatiker|pfleger|erzieher|kassierer|"
            + "buchhalter|sekretär|disponent|assistenz|aushilfe|fachkraft|krankenschwester|(?<!an|be|beg|ein|ab|um|weiter|über|aus|ver|zu|rück)leitung|angestellter?)(?:in|innen)?(?![\\p{L}])"
            + "|(?iu)(?:praktikum|werkstudium|ausbildung\\s+zum|ausbildung\\s+zur|helfer(?:in)?|promoter(?:in)?|"
            + "schülerjob|ferienjob|nebenjob|minijob|studentenjob)(?![\\p{L}])"
            // everyday work outside offices, in the five languages (surnames such as Baker, Cook, Mason, Richter left out)
            + "|(?iu)(?<![\\p{L}])(?:driver|courier|(?:line|prep|head|short[-\\s]order)\\s+cook|hairdresser|stylist|beautician|"
            + "electrician|plumber|mechanic|welder|machinist|lineman|rigger|stagehand|labou?rer|picker|packer|janitor|custodian|"
            + "cleaner|housekeeper|security\\s+guard|firefighter|paramedic|emt|pharmacist|therapist|physiotherapist|midwife|dentist|"
            + "hygienist|surgeon|veterinarian|counsell?or|caseworker|aide|paraprofessional|nanny|babysitter|lawyer|attorney|paralegal|"
            + "solicitor|barrister|notary|journalist|reporter|correspondent|translator|interpreter|photographer|illustrator|artist|"
            + "dancer|musician|actor|actress|performer|statistician|biostatistician|mathematician|physicist|chemist|biologist|"
            + "geologist|ecologist|economist|planner|surveyor|inspector|auditor|buyer|merchandiser|stocker|hostess|"
            + "(?:food|restaurant|banquet)\\s+server|busser|"
            + "dishwasher|attendant|steward(?:ess)?|pilot|deckhand|soldier|sergeant|lieutenant|corporal|foreman|superintendent|"
            + "dispatcher|teller|banker|broker|underwriter|adjuster|recruiter|organi[sz]er|fundraiser|missionary|pastor|chaplain|"
            + "librarian|archivist|curator|lifeguard|referee|concierge|valet|ranger|landscaper|groundskeeper|"
            + "chauffeur|livreu(?:r|se)|cuisini(?:er|ère)|commis|plongeu(?:r|se)|boulang(?:er|ère)|pâtissi(?:er|ère)|bouch(?:er|ère)|"
            + "coiffeu(?:r|se)|esthéticienne|électricien(?:ne)?|plombier|maçon|menuisier|charpentier|mécanicien(?:ne)?|soudeu(?:r|se)|"
            + "cariste|magasini(?:er|ère)|préparat(?:eur|rice)|manutentionnaire|ouvri(?:er|ère)|aide-soignante?|médecin|"
            + "pharmacien(?:ne)?|kinésithérapeute|sage-femme|éducat(?:eur|rice)|institut(?:eur|rice)|avocate?|juriste|notaire|"
            + "journaliste|rédact(?:eur|rice)|traduct(?:eur|rice)|interprète|photographe|graphiste|statisticien(?:ne)?|"
            + "biostatisticien(?:ne)?|mathématicien(?:ne)?|physicien(?:ne)?|chimiste|biologiste|géologue|écologue|cherch(?:eur|euse)|"
            + "doctorante?|post-?doctorante?|attachée?|(?<!centre\\s)(?<!centres\\s)commerciale?|achet(?:eur|euse)|rayonniste|"
            + "logisticien(?:ne)?|opérat(?:eur|rice)|enquêt(?:eur|rice)|"
            + "conduct(?:eur|rice)|pilote|hôtesse|barman|réceptionniste|gardien(?:ne)?|surveillante?|moniteur|monitrice|"
            + "entraîneur|vétérinaire|agricult(?:eur|rice)|jardinier|paysagiste|dessinat(?:eur|rice)|projeteur|danseu(?:r|se)|"
            + "musicien(?:ne)?|comédien(?:ne)?|artiste|correspondante?|vacataire|saisonnier|intérimaire|monitorat|ater|"
            + "conductor(?:a)?|chófer|repartidor(?:a)?|cociner[oa]|pinche|panader[oa]|carnicer[oa]|peluquer[oa]|esteticista|"
            + "electricista|fontaner[oa]|albañil|carpinter[oa]|pintor(?:a)?|mecánic[oa]|soldador(?:a)?|mozo|almacener[oa]|"
            + "reponedor(?:a)?|limpiador(?:a)?|conserje|portero|vigilante|médic[oa]|farmacéutic[oa]|fisioterapeuta|cuidador(?:a)?|"
            + "educador(?:a)?|maestr[oa]|docente|abogad[oa]|notari[oa]|periodista|redactor(?:a)?|traductor(?:a)?|intérprete|"
            + "fotógraf[oa]|diseñador(?:a)?|estadístic[oa]|matemátic[oa]|químic[oa]|biólog[oa]|geólog[oa]|doctorand[oa]|contable|"
            + "(?<!centro\\s)(?<!centros\\s)comercial|representante|promotor(?:a)?|azafata|socorrista|monitor(?:a)?|entrenador(?:a)?|veterinari[oa]|"
            + "agricultor(?:a)?|jardiner[oa]|delineante|arquitect[oa]|aparejador(?:a)?|bailar[ií]na?|músic[oa]|actriz|"
            + "corresponsal|peón|jornaler[oa]|niñera|gestor(?:a)?|inspector(?:a)?|funcionari[oa]|telefonista|teleoperador(?:a)?|encuestador(?:a)?|"
            + "кладовщи(?:к|ца)|грузчик|курьер|повар|пекарь|кондитер|бармен|парикмахер|электрик|электромонт[её]р|монтажник|"
            + "сварщик|слесарь|токарь|механик|плотник|столяр|маляр|штукатур|каменщик|строитель|прораб|мастер|техник|лаборант(?:ка)?|"
            + "врач|фельдшер|фармацевт|провизор|медбрат|санитар(?:ка)?|няня|воспитатель(?:ница)?|педагог|юрист|адвокат|нотариус|"
            + "журналист(?:ка)?|корреспондент|редактор|переводчи(?:к|ца)|фотограф|статистик|математик|физик|химик|биолог|геолог|"
            + "исследователь|аспирант(?:ка)?|экономист|логист|экспедитор|диспетчер|охранник|вахт[её]р|уборщи(?:к|ца)|дворник|"
            + "машинист|пилот|стюардесса|проводни(?:к|ца)|танцовщи(?:к|ца)|артист(?:ка)?|музыкант|акт[её]р|актриса|хореограф|"
            + "тренер|инструктор|вожат(?:ый|ая)|ветеринар|агроном|фермер|садовник|конструктор|чертёжник|агент|представитель|"
            + "мерчендайзер|промоутер|практикант(?:ка)?|заведующ(?:ий|ая)|продавщица|учительница|официантка|кассирша|"
            // people who run, found, represent or advise, and a few trades, in the five languages
            + "psychologist|psychotherapist|examiner|delegate|entrepreneur|proprietor|self-employed|freelance|content\\s+creator|"
            + "watchmaker|butcher|storekeeper|shopkeeper|handyman|janitor|custodian|joueu(?:r|se)|ma[iî]tre(?:sse)?\\s+de\\s+conf[ée]rences|"
            + "мясник|psychologue|présidente?|déléguée?|entrepreneuse|auto-entrepreneur|indépendante?|fondat(?:eur|rice)|"
            + "co-?fondat(?:eur|rice)|membre|bénévole|horlog(?:er|ère)|coursi(?:er|ère)|imprimeur|gérante?|propriétaire|"
            + "psicólog[oa]|presidenta?|vicepresidenta?|delegad[oa]|emprendedor(?:a)?|fundador(?:a)?|cofundador(?:a)?|"
            + "propietari[oa]|independiente|autónom[oa]|orientador(?:a)?|meser[oa]|vocalista|soldad[oa]|"
            + "психолог|доцент|профессор|эксперт|основатель|сооснователь|учредитель|соучредитель|владел(?:ец|ица)|"
            + "предприниматель|фрилансер|фриланс|печатник|президент|председатель|делегат)(?![\\p{L}])"
            + "|(?iu)(?:konstrukteur|fahrer|kellner|bäcker|friseur|maler|tischler|maurer|elektriker|installateur|mechaniker|"
            + "schlosser|schweißer|lagerist|kommissionierer|(?:hilfs|reinigungs|lehr|pflege|aushilfs|küchen|büro|verkaufs)kraft|hausmeister|meister|pförtner|konditor|metzger|gärtner|landwirt|"
            + "arzt|ärztin|apotheker|therapeut|hebamme|sozialarbeiter|pädagoge|zeichner|polier|dachdecker|fliesenleger|klempner|"
            + "laborant|fotograf|journalist|redakteur|übersetzer|dolmetscher|anwalt|anwältin|notar|steuerberater|polizist|soldat|"
            + "pilot|begleiter|lokführer|kurier|zusteller|zeitungsträger|bote|statistiker|mathematiker|physiker|chemiker|biologe|"
            + "geologe|wissenschaftler|doktorand|tänzer|musiker|schauspieler|sänger|künstler|grafiker|digitalisierer|"
            + "(?<=\\p{L})koch|köchin|servicekraft|psychologe|sanitäter|unternehmer|gründer|inhaber|vertreter|repräsentant|"
            + "sprecher|uhrmacher|raumausstatter|(?<=\\p{L})führer|käufer|freiberufler|technologe)(?:in|innen)?(?![\\p{L}])"
            + "|(?iu)(?<=\\p{L})tätigkeit(?![\\p{L}])"); // "Werkstudententätigkeit als Bauphysiker", "Aushilfstätigkeit"

    static final Pattern ORGANISATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:inc|inc\\.|ltd|ltd\\.|llc|llp|plc|gmbh|ag|se|kg|ohg|"
            + "corp|corp\\.|corporation|co\\.|company|s\\.a\\.|sa|sas|sarl|s\\.l\\.|sl|s\\.r\\.l\\.|srl|s\\.p\\.a\\.|bv|b\\.v\\.|nv|oy|ab|"
            + "pvt|pty|private\\s+limited|limited|group|holding|holdings|technologies|technology|solutions|systems|software|"
            + "labs?|consulting|services|bank|agency|studio|studios|foundation|association|gruppe|ooo|ооо|оао|ао|зао|пао|"
            + "ип|нпп|нии|фгуп|гуп|муп|нпо|компания|группа|банк|university|universität|université|universidad|universidade|institute|institut|"
            + "college|school|hospital|klinikum|clinic|ministry|department|command|council|enterprises?|industries|"
            + "international|global|media|networks?|partners|ventures|"
            // employers outside the software trade, in the five languages
            + "restaurant|hotel|caf[eé]|bakery|pharmacy|supermarket|factory|warehouse|county|police|army|navy|"
            + "air\\s+force|church|museum|library|theat(?:re|er)|laboratory|cent(?:er|re)|bureau|authority|charity|nhs|"
            + "firm|salon|academy|office\\s+of|"
            + "laboratoire|labo|unité|centre|ministère|mairie|préfecture|hôpital|clinique|cabinet|lycée|collège|école|société|"
            + "groupe|agence|banque|fondation|entreprise|établissement|conservatoire|théâtre|musée|bibliothèque|"
            + "médiathèque|boulangerie|pharmacie|magasin|"
            + "centre\\s+commercial|centro\\s+comercial|einkaufszentrum|shopping\\s+(?:centre|center|mall)|торговый\\s+центр|"
            + "usine|atelier|commune|caisse|mutuelle|crèche|ehpad|chu|cnrs|inserm|métropole|eurométropole|département|région|"
            + "ministerio|ayuntamiento|clínica|laboratorio|centro|fundación|asociación|empresa|grupo|agencia|banco|colegio|"
            + "instituto|escuela|consultora|despacho|bufete|tienda|restaurante|farmacia|fábrica|taller|cooperativa|secretaría|"
            + "gobierno|municipalidad|alcaldía|diputación|consejería|sociedad|compañía|corporación|"
            + "министерств\\p{L}*|администраци\\p{L}*|управлени\\p{L}*|больниц\\p{L}*|поликлиник\\p{L}*|школ\\p{L}*|лице\\p{L}*|"
            + "гимнази\\p{L}*|колледж\\p{L}*|институт\\p{L}*|университет\\p{L}*|центр\\p{L}*|лаборатори\\p{L}*|фонд\\p{L}*|"
            + "агентств\\p{L}*|завод\\p{L}*|фабрик\\p{L}*|комбинат\\p{L}*|магазин\\p{L}*|ресторан\\p{L}*|кафе|гостиниц\\p{L}*|"
            + "отел\\p{L}*|театр\\p{L}*|музе\\p{L}*|библиотек\\p{L}*|редакци\\p{L}*|издательств\\p{L}*|служб\\p{L}*|"
            + "департамент\\p{L}*|корпораци\\p{L}*|холдинг\\p{L}*|предприяти\\p{L}*|мэри\\p{L}*|прокуратур\\p{L}*|"
            + "детский\\s+сад|"
            // legal forms written without their last dot ("Alex S.A", "Namirial S.P.A"), Venezuelan, Swiss and German ones,
            // Russian and Belarusian forms and kinds of organisation, a few more kinds in the other languages
            + "s\\.a|s\\.a\\.s\\.?|s\\.p\\.a|c\\.a\\.|sàrl|gbr|gdbr|чуп|одо|тд|гк|гоу|гбоу|мбоу|маоу|сош|контор\\p{L}*|"
            + "ансамбл\\p{L}*|газет\\p{L}*|студи[яи]|академи\\p{L}*|клуб\\p{L}*|ассоциаци\\p{L}*|"
            + "club|league|nursing\\s+home|manufacturing|ministries|armée|servicios|veterinaria|tiendas)(?![\\p{L}])"
            // German compounds: "Landratsamt", "Zahnarztpraxis", "Werkfeuerwehr", "Stadtverwaltung", "Sparkasse"
            + "|(?iu)(?:(?<!ges|insges|beamt)amt|ministerium|klinik|klinikum|krankenhaus|praxis|kanzlei|verwaltung|(?<!daten)bank|"
            + "sparkasse|krankenkasse|stiftung|verein|verband|zentrum|labor|(?<!netz)werke?|betrieb|schule|kita|kindergarten|"
            + "bundeswehr|polizei|feuerwehr|bäckerei|apotheke|autohaus|agentur|behörde|gericht|rathaus|hochschule|akademie|"
            + "theater|museum|bibliothek|genossenschaft|gaststätte|steakhouse|hotel|restaurant|gemeinde|ambulanz|träger)(?![\\p{L}])");

    static final Pattern INSTITUTION = Pattern.compile("(?iu)(?:universit[yäeéà]|universität|université|universidad|universidade|"
            + "università|universita|istituto|scuola|berufskolleg|(?<![\\p{L}])kolleg(?![\\p{L}])|lyzeum|университет|institute|institut|instituto|институт|college|collège|colegio|колледж|техникум|училище|лицей|гимназия|школа|академия|school|schule|"
            + "école|ecole|escuela|школ[аеуыой]|academy|akademie|académie|academia|академи[юиея]|hochschule|fachhochschule|polytechnic|"
            + "politecnico|polytechnique|politécnica|gymnasium|lycée|liceo|лицей|гимназия|conservatoire|conservatorio|"
            + "(?<![\\p{L}])(?:iit|mit|epfl|eth|iut|insa|htw|htwg|fh)(?![\\p{L}])|(?<![\\p{L}])(?:tu|uni)\\s|campus|faculty|fakultät|faculté|facultad|факультет|вуз|"
            // chambers, vocational centres and public school forms that train ("IHK Bayreuth", "Oberstufenzentrum", "Unidad Educativa")
            + "(?<![\\p{L}])(?:ihk|hwk|osz|ufr|inspe|espe|iufm|greta|afpa|cnam|sena|мгу|мгту|спбгу|вшэ|мфти|мифи|нгу|ранхигс)(?![\\p{L}])|"
            + "stufenzentrum|bildungszentrum|weiterbildungszentrum|berufsbildungszentrum|handelskammer|handwerkskammer|"
            + "unidad\\s+educativa|grupo\\s+escolar|centro\\s+educativo|centro\\s+de\\s+formaci[oó]n|"
            + "образовательное\\s+учреждение|учебный\\s+центр|училище|"
            // abbreviations and inflected forms of schools, vocational schools in the five languages, and online course
            // providers, which resumes list under education ("Udemy", "Coursera", "Нетология", "OpenClassrooms")
            + "(?<![\\p{L}])(?:ies|cfgs|htl|htbla|bbs|bbz|cégep|univ\\.|col\\.|esc\\.|gbou|гбоу|гоу|мбоу|сош|итмо|мисис|тгу|"
            + "спбпу|урфу|мэи|мгимо|рудн|кфу|нгту|тпу|мирэа)(?![\\p{L}])|"
            // Russian university acronyms by their last letters, "...ГУ", "...ТУ", "...ПУ" (государственный, технический,
            // педагогический университет: "РХТУ", "КубГУ", "СПбГМУ", "НИУ ВШЭ"), no capital vowel before the ending (not
            // "РАБОТУ", "ШКОЛУ" in capitals); not "ФГУ" or "ГБУ", kinds of public body
            + "(?-i:(?<![\\p{L}])(?!ФГУ(?![\\p{L}]))[БВГДЖЗЙКЛМНПРСТФХЦЧШЩ][БВГДЖЗЙКЛМНПРСТФХЦЧШЩа-яё]{0,4}(?:ГУ|ТУ|ПУ|ЭУ|ФУ|ЛУ|ИУ|ГМУ)(?![\\p{L}]))|"
            + "gymnase|gimnazija|technikum|politécnico|"
            + "centre\\s+de\\s+formation|institución\\s+educativa|centro\\s+cultural|high\\s+school|"
            + "(?<![\\p{L}])(?:udemy|coursera|edx|udacity|stepik|platzi|datacamp|linkedin\\s+learning|freecodecamp|skillsoft|sololearn|"
            + "codecademy|pluralsight|openclassrooms|simplon|gomycode|datascientest|skillbox|geekbrains|нетология|скиллбокс|"
            + "яндекс\\s+практикум|stanford\\s+online|alura)(?![\\p{L}]))");

    static final Pattern DEGREE = Pattern.compile("(?iu)(?<![\\p{L}])(?<!post[- ])(?:bachelor(?:'s|s)?|master(?:'s|s)?|b\\.?\\s?tech|m\\.?\\s?tech|"
            + "b\\.?\\s?e\\.|m\\.?\\s?e\\.|b\\.?\\s?eng|m\\.?\\s?eng|meng|beng|b\\.?\\s?sc|m\\.?\\s?sc|bsc|msc|b\\.?\\s?s\\.|m\\.?\\s?s\\.|bs|ms|"
            + "b\\.?\\s?a\\.|m\\.?\\s?a\\.|ba|ma|mba|mca|bca|b\\.?com|m\\.?com|ph\\.?\\s?d\\.?|dphil|doctorate|doctoral|doctor|"
            + "associate(?:'s)?\\s+degree|degree|diploma|diplom|diplôme|diplome|licence|license|licenciatura|licenciad[oa]|"
            + "grado|graduado|título|titulo|máster|maestría|doctorado|ingeniería|ingenieria|ingeniero|ingénieur|"
            + "m1|m2|l3|bts|dut|d\\.u\\.t\\.?|d\\.u\\.|but|deug|dea|dess|lp|mastère|mastere|doctorat|agrégation|agregation|abitur|staatsexamen|magister|promotion|"
            + "бакалавр\\p{L}*|магист(?:р|ратур)\\p{L}*|специалист(?:итет)?|аспирантур\\p{L}*|кандидат|доктор|диплом|"
            + "переподготовк\\p{L}*|повышени\\p{L}*\\s+квалификации|umschulung|t\\.\\s?s\\.\\s?u\\.?|"
            + "technicien(?:ne)?\\s+sp[ée]cialis[ée]e?|"
            + "high\\s+school|secondary|intermediate|hsc|ssc|a-levels?|gcse|baccalauréat|baccalaureat|bachillerato|bachiller|"
            + "enseñanza|secundaria|técnico|tecnico|tecnólogo|tecnologo|matura|fachabitur|fachhochschulreife|hochschulreife|realschulabschluss|"
            + "hauptschulabschluss|mittlere\\s+reife|lehre|studium|cpge|prépa|classe\\s+préparatoire|аттестат|"
            + "среднее|колледж|техникум|высшее|"
            + "ged|gesellenbrief|gesellenprüfung|meisterbrief|meisterprüfung|brevet|bep|(?-i:CAP)|diplomado|diplomatura|"
            + "especializaci[oó]n|especialidad|"
            // more degrees and trade diplomas: Québec and Belgium, Argentina, US associate degrees, Swiss and German trade certificates
            + "maîtrise|maitrise|profesorado|tecnicatura|técnico\\s+superior|technicien(?:ne)?\\s+supérieur|(?-i:AA|A\\.A\\.)|"
            + "associate\\s+of|geprüfte[rn]?|fachwirt(?:in)?|betriebswirt(?:in)?|(?-i:EFZ|EBA|CFC|CQP)|titre\\s+professionnel|"
            + "ciclo\\s+formativo|(?-i:CFGS|CFGM)|grado\\s+superior|grado\\s+medio|"
            + "pgdip|pgcert|pgce|gradcert|postgraduate\\s+(?:diploma|certificate)|hnd|hnc|nvq|btec|"
            + "certificate|certification|"
            // Swiss federal certificates, course certificates and trade courses ("Kochlehre – eidg. Fähigkeitszeugnis", "Lehrmeisterkurs")
            + "vordiplom|\\p{L}*(?:kaufmann|kauffrau|fachmann|fachfrau)\\s.*(?:ihk|hwk)|(?:ihk|hwk)[-\\s]+\\p{L}*(?:kaufmann|kauffrau|fachmann|fachfrau)|"
            + "fachausweis|fähigkeitszeugnis|zertifikat|certificat|certificado|сертификат|lehrgang|\\p{L}{3,}lehre|\\p{L}*kurs|курсы?)(?![\\p{L}])");

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
            + "грузия|армения|азербайджан|узбекистан|киргизия|кыргызстан|таджикистан|молдова|латвия|литва|эстония|"
            // more countries people come from and work in, in the five languages
            + "jordan|jordanien|jordanie|jordania|иордания|syria|syrien|syrie|siria|сирия|iraq|irak|ирак|iran|иран|"
            + "lebanon|libanon|liban|líbano|ливан|afghanistan|afganistán|афганистан|egypt|ägypten|égypte|egipto|египет|"
            + "marokko|marruecos|марокко|tunesien|túnez|тунис|algerien|argelia|алжир|libyen|libye|libia|ливия|"
            + "cameroon|kamerun|cameroun|camerún|камерун|ghana|гана|kenia|kenya|кения|ethiopia|äthiopien|éthiopie|etiopía|эфиопия|"
            + "eritrea|érythrée|эритрея|somalia|somalie|сомали|sudan|soudan|sudán|судан|yemen|jemen|yémen|йемен|"
            + "saudi-arabien|arabie\\s+saoudite|arabia\\s+saudita|саудовская\\s+аравия|vereinigte\\s+arabische\\s+emirate|"
            + "émirats\\s+arabes\\s+unis|emiratos\\s+árabes\\s+unidos|оаэ|katar|qatar|катар|kuwait|koweït|кувейт|"
            + "bangladesch|бангладеш|пакистан|indonesien|indonésie|индонезия|philippinen|philippines|filipinas|филиппины|"
            + "kasachstan|kazajistán|казахстан|usbekistan|ouzbékistan|uzbekistán|weißrussland|biélorussie|bielorrusia|"
            + "moldawien|moldavie|moldavia|moldova|bulgarien|bulgarie|болгария|albanien|albanie|albania|албания|kosovo|косово|"
            + "nordmazedonien|macédoine\\s+du\\s+nord|macedonia\\s+del\\s+norte|северная\\s+македония|montenegro|monténégro|черногория|"
            + "bosnien\\s+und\\s+herzegowina|bosnie-herzégovine|bosnia\\s+y\\s+herzegovina|босния\\s+и\\s+герцеговина|"
            + "zypern|chypre|chipre|кипр|slowakei|slovaquie|eslovaquia|словакия|slowenien|slovénie|eslovenia|словения|"
            + "kroatien|croatie|croacia|хорватия|serbie|serbia|сербия|ukraine|ucrania|украина|"
            + "kolumbien|colombie|колумбия|venezuela|венесуэла|peru|pérou|перу|ecuador|équateur|эквадор|bolivien|bolivie|боливия|"
            + "kuba|куба|argentinien|argentine|аргентина|chile|chili|чили|brasilien|brésil|бразилия|mexiko|mexique|мексика)$");

    /** A region named as one ("Región Metropolitana", "Provincia de Buenos Aires", "Московская область"). */
    static final Pattern REGION = Pattern.compile("(?iu)^(?:(?:región|région|region|provincia|province|departamento|département|"
            + "comunidad|bundesland|kanton|canton|distrito|oblast)\\s+\\S.*|\\S.*\\s+(?:область|край|county|oblast|province)"
            + "|(?:г\\.|город|пгт|пос\\.)\\s*\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?"
            + "(?:\\s+\\p{Lu}[\\p{L}-]*\\s+(?:области|края|района|республики))?)$"); // "город Сысерть Свердловской области"

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
