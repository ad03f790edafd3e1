/// The general English vocabulary the extraction rules lean on: words, not names. Nothing here
/// names a person or a hospital of any one blog; the rules that use these lists do the work.
enum Vocabulary {
    /// Words that end a hospital's name (`Lewisham hospital`, `Leeds General Infirmary`).
    static let hospitalKeywords: WordSet = ["hospital", "infirmary"]
    /// Words that open a hospital's name in the languages that put the word first (`Hôpital
    /// Saint-Antoine`, `Ospedale San Raffaele`, `Klinikum Stuttgart`, `Ysbyty Gwynedd`). English `Hospital` is not
    /// one: before capitals it opens a body's name or a heading (`Hospital Chief Executive …`).
    static let leadingHospitalKeywords = WordSet(leadingHospitalKeywordWords)
    static let leadingHospitalKeywordWords: [String] = ["hôpital", "hopital", "ospedale", "klinikum", "ysbyty", "policlinico", "policlinica",
                                                        "policlínica", "clinique", "clínica", "krankenhaus"] + lowercaseHospitalKeywordWords
    /// Hospital keywords that French and Italian write in lower case before a name, their
    /// article elided into them (`l'hôpital Necker`, `all'ospedale Niguarda`): words no English
    /// sentence holds.
    static let lowercaseHospitalKeywords = WordSet(lowercaseHospitalKeywordWords)
    private static let lowercaseHospitalKeywordWords: [String] = {
        var words: [String] = []
        for keyword in ["hôpital", "ospedale"] {
            words.append(keyword)
            for article in ["l", "all", "dell", "nell", "dall", "sull"] {
                words.append(article + "'" + keyword)
                words.append(article + "’" + keyword)
            }
        }
        return words
    }()
    /// How a lowercase keyword's name is shown: its keyword capitalised, the article gone.
    static let displayedHospitalKeywords = [(written: "hôpital", shown: "Hôpital"), (written: "ospedale", shown: "Ospedale")]
    /// The words a hospital's name found ends in: a keyword, or the last of `Medical Center` or
    /// `medical complex` (which end one only after `medical`).
    static let hospitalNameEnds: WordSet = ["hospital", "infirmary", "center", "centre", "complex"]

    /// Capitalised words that cannot start or stand in a name: determiners, pronouns,
    /// prepositions and the common words that open sentences.
    static let nonNameWords = WordSet([
        "the", "a", "an", "at", "in", "on", "to", "from", "of", "for", "by", "with", "outside", "inside",
        "our", "my", "his", "her", "their", "its", "this", "that", "these", "those", "there", "here",
        "every", "each", "some", "many", "most", "both", "all", "any", "no", "one", "two", "three",
        // Shares and counts that open a sentence before `of` (`Part of Iskenderun State Hospital`).
        "part", "parts", "half", "rest", "much", "none", "several", "few", "dozens", "hundreds", "thousands",
        "he", "she", "they", "we", "i", "it", "you", "who", "what", "when", "where", "why", "how",
        "if", "but", "and", "or", "so", "as", "yet", "while", "after", "before", "since", "until",
        "junior", "senior", "striking", "local", "yesterday", "today", "tomorrow", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "however", "meanwhile", "alas", "according", "despite",
        "also", "then", "now", "just", "still", "even", "only", "again", "later", "earlier",
        "picket", "pickets", "doctors", "doctor", "nurses", "patients", "passing", "frantic",
        "claims", "progress", "usually", "perhaps", "maybe", "are", "is", "was", "were", "will",
        "would", "should", "could", "can", "have", "has", "had", "do", "does", "did", "not",
        "summary", "update", "updated", "breaking", "key", "latest", "live", "new", "old",
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron",
        // Offices written before a name, which are its role, not its words (`President Joe Biden`).
        "president", "governor", "senator", "congressman", "congresswoman", "mayor", "chancellor",
        "sheriff", "judge", "minister", "secretary", "commissioner", "officer", "detective", "inspector",
        "superintendent", "constable", "sergeant", "councillor", "councilman", "councilwoman", "ambassador",
        "premier", "leader", "chief", "pm", "cm", "speaker", "chairman", "chairwoman", "spokesman", "spokeswoman",
        "director-general", "secretary-general", "attorney-general", "governor-general", "solicitor-general",
        "surgeon-general", "inspector-general", "auditor-general", "vice-president",
        // A sentence's capital on a pronoun and its verb (`I’m Andrew Gregory, the Guardian’s
        // health editor`), curly and straight.
        "i’m", "i'm", "i’ve", "i've", "i’ll", "i'll", "i’d", "i'd", "we’re", "we're", "we’ve", "we've",
        "we’ll", "we'll", "they’re", "they're", "they’ve", "they've", "you’re", "you're", "it’s", "it's",
        "that’s", "that's", "here’s", "here's", "there’s", "there's", "let’s", "let's", "he’s", "he's",
        "she’s", "she's", "what’s", "what's", "don’t", "don't", "can’t", "can't", "won’t", "won't",
        "didn’t", "didn't", "isn’t", "isn't", "wasn’t", "wasn't",
    ] + ranks)

    /// Words of `nonNameWords` that a name may hold where it goes on past them or starts
    /// before a name word: months and other words that are surnames and given names (`Theresa
    /// May`, `June Sarpong`, `John Key`), and `New` in places (`New York`, `New Jersey`).
    static let nonNameWordsInNames: WordSet = ["may", "march", "april", "june", "august", "new", "key"]
    /// Offices written before a name, a title there (`Speaker Johnson`, `Judge Rinder`), that a
    /// name may hold after a name word, as surnames (`Simon Constable`, `Tom Judge`).
    static let officesInSurnames: WordSet = ["judge", "constable", "chancellor", "sheriff", "speaker"]

    /// Name words too general to identify a hospital on their own (`NHS hospital`, `General Hospital`).
    static let genericHospitalWords: WordSet = [
        "nhs", "general", "district", "community", "teaching", "private", "specialist", "local",
        "major", "main", "acute", "psychiatric", "mental", "military", "field", "cottage", "county",
        "city", "new", "the", "and", "of", "for",
        "children’s", "children's", "childrens", "women’s", "women's", "womens", "memorial", "medical",
    ]

    /// Words that start hospital names and so cannot stand alone for one (`St`, `Royal`).
    static let nonDistinctiveFirstWords: WordSet = [
        "st", "saint", "royal", "university", "national", "princess", "prince", "queen", "king",
        "general", "city", "county", "new", "north", "south", "east", "west", "central", "great",
        "the", "old", "upper", "lower", "western", "eastern", "northern", "southern",
        // The Arabic article of `al-Ahli Arab hospital`, read apart by the normal form (`al ahli`).
        "al", "el",
    ]

    /// Adjectives that open bodies' names and never a person's (`Royal Free London`, `National
    /// Grid`, `Central Middlesex`, `Federal Express`, `Great Western Railway`): a run they open
    /// is no one, whatever verb follows it.
    static let bodyNameOpeners: WordSet = [
        "royal", "national", "central", "federal", "imperial", "united", "great", "new", "british", "american",
        "european", "northern", "southern", "eastern", "western",
        // `Red Cross`, `Red Crescent`.
        "red",
    ]

    /// Capitalised nouns after which a run of capitals is an institution, not a person.
    /// Words that are also common surnames (Park, Hall, Lane, Church) are left out.
    static let institutionWords: WordSet = [
        "hospital", "hospitals", "infirmary", "college", "university", "school", "party", "street",
        "road", "square", "crescent", "council", "trust", "department", "union", "bank", "foodbank", "centre",
        "center", "clinic", "institute", "association", "committee", "office", "service", "services",
        "times", "guardian", "news", "station", "airport",
        "government", "ministry", "agency", "group", "limited", "ltd", "plc", "inc", "company",
        "society", "foundation", "club", "league", "democrats", "conservatives", "tories",
        "labour", "avenue", "tower", "market", "palace",
        "water", "police", "railway", "railways", "airways", "airlines", "energy", "media", "corporation",
        "network", "authority", "board", "charity", "commission", "parliament", "assembly", "army", "navy",
        "ambulance", "brigade", "federation", "organisation", "organization", "alliance", "coalition",
        "yard", "city", "county", "state", "province", "district", "region", "republic", "kingdom",
        // Health services and systems (`Monash Health says`, `NYU Langone Health`).
        "health", "healthcare",
        // Charities and campaigners (`Human Rights Watch`, `Amnesty International`, `Médecins Sans
        // Frontières`, `Doctors Without Borders`, `Christian Aid`, `Islamic Relief`, `World Vision`).
        "watch", "international", "frontières", "frontieres", "borders", "aid", "relief", "vision",
        // Programmes (`BBC One’s Andrew Marr Show`).
        "show", "programme", "program", "podcast",
        // Armed groups and movements (`Islamic Jihad`, `Rapid Support Forces`, `Muslim Brotherhood`).
        "jihad", "brotherhood", "movement", "front", "forces", "guard", "guards", "brigades", "corps", "command",
        // Bodies named in other languages (`Instituto Mexicano del Seguro Social`, `Institut Pasteur`).
        "instituto", "institut", "istituto", "universidad", "universidade", "università", "universität", "fundación",
        "fundação", "ministerio", "ministère", "ministero", "ministerium", "seguro", "social", "centro",
    ]

    /// Specialties that make `hospital for …` a name (`the national hospital for neurology`).
    static let specialtyWords: WordSet = [
        "children", "sick", "women", "tropical", "neurology", "neurosurgery", "cancer", "heart",
    ]

    /// Endings of specialty nouns (`cardiology`, `psychiatry`, `orthopaedics`).
    static let specialtySuffixes = ["ology", "iatry", "iatrics", "paedics", "pedics", "surgery"]

    /// Lowercase words that, before `hospital for …`, still begin a proper name.
    static let hospitalForAdjectives: WordSet = ["national", "royal", "general", "city", "county"]

    /// The forms of `tell`, whose object heard the words (`told Sky Sports`), not who said them.
    static let tellingVerbs = ["told", "tells", "telling", "tell"]

    /// Verbs that introduce or follow a speaker's words.
    static let speechVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "explained", "explains",
        "insisted", "insists", "admitted", "admits", "argued", "argues", "warned", "warns",
        "claimed", "claims", "stressed", "stresses", "continued", "continues", "shouted", "shouts",
        "asked", "asks", "replied", "replies", "wrote", "writes", "tweeted", "tweets", "posted",
        "commented", "comments", "noted", "notes", "urged", "urges", "declared", "declares",
        "recalled", "recalls", "believes", "thinks", "agreed", "agrees", "countered", "joked",
        "reports", "reported", "yelled", "yells", "cried", "chanted", "pleaded", "telling",
        "acknowledged", "conceded", "suggested", "suggests", "described", "describes", "branded",
        // Continental pages' (`„…“, sagte Heyo Kroemer`, `zei De Jonge`, `dijo Sánchez`,
        // `„…“, erklärte Lauterbach`): words no English sentence holds.
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "warnte", "kritisierte", "fordert", "forderte",
        "zei", "zegt", "verklaarde", "dijo", "afirmó", "explicó", "aseguró", "señaló", "declaró", "affirme", "explique",
        "déclare", "ajoute", "ajouté", "précise",
        // French past participles, after `a` or `ont` (`a déclaré`, `a expliqué Yann Bubien`).
        "déclaré", "expliqué", "affirmé", "indiqué", "estimé", "souligné", "dénoncé", "confié", "assuré", "précisé",
        "insisté", "rappelé", "raconté", "témoigné", "réagi", "martelé", "estime", "souligne", "indique", "raconte",
        // Italian past participles, after `ha` or `hanno` (`ha detto il primario Marco Rossi`).
        "detto", "dichiarato", "spiegato", "affermato", "aggiunto", "sottolineato", "commentato", "annunciato", "ribadito",
    ]

    /// Verbs with which the blog's own journalists are named (`writes Damien Gayle`).
    static let reportingVerbs: WordSet = ["writes", "wrote", "reports", "reported", "reporting"]

    /// What follows a name when the name is a person's subject (`Maddy Wells has just…`).
    static let personFollowers: WordSet = [
        "has", "had", "is", "was", "will", "would", "who", "says", "said", "tells", "told", "thinks",
        "believes", "admitted", "admits", "added", "explained", "wrote", "writes", "reports",
        "argued", "argues", "warned", "insisted", "claimed", "shouted", "asked", "agreed", "called",
        "renews", "branded", "criticised", "backed", "took", "joined", "works", "worked", "went",
        "adds", "tweeted", "can", "could", "did", "does", "spoke", "speaks",
        // What politicians do in a sentence's subject (`Keir Starmer accused the government`).
        "accused", "accuses", "urged", "urges", "replied", "replies", "announced", "announces", "promised", "pledged",
        "confirmed", "confirms", "denied", "denies", "condemned", "defended", "blamed", "blames", "rejected", "insists",
        "warns", "claims", "asks", "criticises", "criticized", "criticizes", "praised", "vowed", "vows",
        // What people do that places and bodies are not written doing (`Volodymyr Zelenskyy posted a video`).
        "posted", "shared", "visited", "thanked", "met", "described", "revealed", "suggested", "responded",
        "apologised", "apologized", "resigned",
        // And in a headline's present tense (`Keir Starmer apologises on behalf of the state`).
        "apologises", "apologizes", "resigns", "visits", "meets", "thanks", "praises", "pledges", "promises", "reveals",
        "responds",
    ]

    /// Military ranks and American titles as written before a name (`Lt Col Peter Lerner`, `Gov.
    /// Ron DeSantis`): a person's title, and no word of the name.
    private static let ranks = ["lt", "col", "gen", "maj", "capt", "sgt", "cpl", "brig", "adm", "lieutenant", "colonel", "gov", "sen", "rep",
                                      // British police ranks, written short (`Det Supt Paul Hughes`).
                                      "det", "supt", "insp", "dci", "cmdr"]

    /// Words naming what someone is, after which a capitalised name is a person
    /// (`Junior doctor Ali Yazdi`, `Dr Johann Malawana`, `health secretary Jeremy Hunt`).
    static let personTitles = WordSet([
        "dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron",
        "secretary", "minister", "leader", "colleague", "registrar", "surgeon", "nurse", "midwife",
        "spokesman", "spokeswoman", "spokesperson", "analyst", "blogger", "editor", "correspondent",
        "reporter", "mp", "chancellor", "president", "chairman", "chairwoman", "chair", "chief",
        "consultant", "paramedic", "officer", "director", "manager", "executive", "adviser",
        "advisor", "campaigner", "organiser", "organizer", "student", "trainee", "anaesthetist",
        "gp", "physician", "psychiatrist", "paediatrician", "medic", "councillor", "mayor",
        "premier", "governor", "senator", "judge", "justice", "deputy", "inspector", "commissioner", "dr.", "rev",
        "reverend", "father", "sister", "captain", "general", "constable", "sergeant", "pm",
        "practitioner", "pharmacist", "therapist", "worker", "volunteer", "porter", "radiographer",
        "co-chair", "vice-chair", "vice-president", "founder", "co-founder", "coordinator", "co-ordinator",
        "superintendent", "owner", "commissioner", "detective", "ambassador",
        "sheriff", "congressman", "congresswoman", "councilman", "councilwoman", "pope", "coroner", "marshal",
        "prosecutor", "attorney", "lawyer", "solicitor", "barrister", "counsel", "official", "expert", "lecturer",
        "researcher", "teacher", "headteacher", "headmaster", "headmistress", "author", "actor", "actress",
        "singer", "presenter", "broadcaster", "firefighter", "pilot", "soldier", "commander", "bishop",
        "archbishop", "cardinal", "monsignor", "deacon", "imam", "rabbi", "priest", "vicar", "pastor", "boss", "coach", "striker",
        "goalkeeper", "midfielder", "defender", "winger", "chef", "historian", "comedian",
        "librarian", "ceo", "supervisor", "administrator", "pollster", "candidate", "challenger", "nominee",
        "incumbent", "speaker", "whip", "treasurer", "envoy", "diplomat", "negotiator",
        "magistrate", "matron", "tánaiste", "taoiseach", "chairperson", "witness", "eyewitness", "bystander", "head",
        "director-general", "secretary-general", "attorney-general", "governor-general", "solicitor-general",
        "surgeon-general", "inspector-general", "auditor-general",
        "agent", "representative", "publicist", "principal", "driver",
        // Who writes in to a blog (`A reader, Anna Kowalski, writes:`).
        "reader", "viewer", "listener", "aide", "scientist", "engineer", "economist", "epidemiologist",
        "virologist", "cardiologist", "neurologist", "radiologist", "pediatrician", "obstetrician", "dentist",
        // Members of parliaments and assemblies, by their letters (`health MEC Nomathemba
        // Mokgethi`, `Sinn Féin TD Louise O’Reilly`, `SNP MSP Jackie Baillie`).
        "mep", "msp", "mla", "mpp", "mec", "td",
        // French offices and jobs (`le docteur Patrick Pelloux`, `Yann Bubien, directeur général`).
        "docteur", "professeur", "président", "présidente", "ministre", "directeur", "directrice", "maire", "porte-parole",
        "médecin", "infirmière", "infirmier", "urgentiste", "secrétaire",
        // Italian (`il primario Marco Rossi`, `il ministro della Salute Orazio Schillaci`).
        "ministro", "primario", "direttore", "direttrice", "presidente", "segretario", "segretaria", "sindaco", "dottore",
        "dottoressa", "professore", "professoressa", "portavoce", "infermiere", "infermiera",
    ] + ranks + everydayTitleWords)

    /// Letters written after a name that are no part of it (`Hugo Keith KC`, `Jo Cox MP`).
    static let postNominals: WordSet = [
        "kc", "qc", "mp", "msp", "ms", "mep", "obe", "mbe", "cbe", "frcs", "frcp", "phd", "md", "jr", "sr",
        // A generation's numeral (`William Knight IV`).
        "ii", "iii", "iv",
    ]

    /// Offices that head a body or a place, never a person (`chief executive of`, `governor of`).
    static let headsOfBodies: WordSet = [
        "executive", "director", "chair", "chairman", "chairwoman", "chairperson", "co-chair", "president",
        "vice-president", "governor", "mayor", "head", "founder", "co-founder", "ceo", "chief", "leader",
        "commissioner", "superintendent", "director-general", "secretary-general", "dean", "owner", "manager",
    ]

    /// Titles that stand before a name and are not part of it.
    static let honorifics: WordSet = [
        "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron", "rev",
        // American titles and ranks, written with a full stop (`Gov. Ron DeSantis`, `Lt. Col.`).
        "gov", "sen", "rep", "lt", "col", "gen", "sgt", "capt", "maj", "adm", "brig", "cpl",
        // Offices written short before a name, as Indian and British pages do (`PM Modi`, `CM
        // Naveen Patnaik`).
        "pm", "cm",
    ]

    /// Words whose presence in a role makes its `at X` a workplace that is a hospital.
    static let medicalRoleWords: WordSet = [
        "doctor", "doctors", "registrar", "surgeon", "consultant", "nurse", "midwife", "physician",
        "anaesthetist", "anesthetist", "paediatrician", "pediatrician", "psychiatrist", "radiologist",
        "medic", "paramedic", "houseman", "trainee", "medicine", "gp", "obstetrician", "cardiologist",
        "oncologist", "neurologist", "haematologist", "pathologist", "pharmacist", "sister", "matron",
        "porter", "radiographer", "physiotherapist", "f1", "f2", "sho", "ward",
    ]

    /// Common words that open a role before a name (`Junior doctor`, `Health secretary`,
    /// `Police spokesperson`): a sentence's capital on one of them is dropped from the role.
    static let roleModifiers: WordSet = [
        "junior", "senior", "trainee", "former", "shadow", "deputy", "acting", "interim", "assistant",
        "associate", "principal", "lead", "head", "health", "police", "fire", "ambulance", "hospital",
        "union", "party", "campaign", "press", "foreign", "home", "prime", "education", "transport",
        "business", "justice", "defence", "defense", "care", "social", "public", "local", "state", "city",
        "county", "emergency", "medical", "clinical", "national", "regional", "veteran", "retired",
        "striking", "staff", "ward", "charge", "community", "mental", "intensive", "paediatric",
        "pediatric", "specialist", "student", "agency", "locum", "school", "council", "government",
        "opposition", "cabinet", "team", "club", "world",
    ]

    /// The jobs a writer's role line ends in (`Health correspondent`, `Live page editor`).
    static let newsroomRoles: WordSet = [
        "editor", "correspondent", "reporter", "presenter", "journalist", "producer", "analyst", "writer",
        "columnist", "team", "staff", "desk", "writers", "reporters", "editors", "correspondents",
    ]

    /// Titles of a newsroom's people: `our health policy editor, Denis Campbell` is a reporter.
    static let newsroomTitles: WordSet = ["editor", "correspondent", "reporter", "colleague", "columnist", "writer"]

    /// Words before a name that make it a newsroom's (`my colleague Sarah Johnson`), the blog's
    /// writer introducing themselves among them (`I’m Andrew Gregory, the Guardian’s health editor`).
    static let newsroomMarkers: WordSet = ["colleague", "correspondent", "reporter", "i’m", "i'm"]
}
