//! The closed word classes' members, as space-separated lowercase words: the
//! data behind [`Class`](super::Class).

/// Object pronouns, as addressees ("told him").
pub(super) const OBJECT_PRONOUN: &str = "him her them me us you";

/// First- and second-person subject pronouns: the writer or a quoted voice, never
/// a resolvable source in narration.
pub(super) const FIRST_PERSON: &str = "i we you";

pub(super) const DETERMINER: &str = "\
    the a an this these those his her its their our my your another some several many \
    two three four both other one each any all most few no";

/// A word that makes a following reporting-verb form a noun ("his claims").
pub(super) const NOUN_MARKER: &str = "\
    the a an this these those his her its their our my your such whose no any every new \
    recent public latest earlier similar further repeated many several some of for by";

/// Nouns that name a source of speech; the head of a speaker noun phrase.
pub(super) const SPEAKER_NOUN: &str = "\
    official officials source sources spokesman spokeswoman spokesperson spokesmen \
    spokespeople office presidency ministry government leader leaders president minister \
    chancellor secretary aide aides adviser advisers advisor advisors diplomat diplomats \
    analyst analysts expert experts police authorities lawmaker lawmakers senator \
    senators governor campaign administration statement report reports officer officers \
    commander commanders agency department committee newspaper resident residents \
    witness witnesses critic critics supporter supporters observer observers military \
    army embassy council court judge prosecutor prosecutors lawyer lawyers attorney \
    attorneys party group organization organisation company chief head representative \
    representatives member members envoy ambassador premier king queen mayor candidate \
    nominee director chairman chairwoman chair executive executives poll polls survey \
    study document letter memo filing insiders insider researchers scientists economists \
    activists protesters voters people press spokespersons ministers presidents staff \
    website paper announcement communique investigators regulators doctors republicans \
    democrats allies ally rival rivals opponent opponents operative strategist \
    strategists pollster pollsters manager adviser's correspondent reporter analysis \
    data figures estimates records woman women man men person host hosts user users \
    friend friends colleague colleagues employee employees worker workers crowd \
    commenter commenters narrator actor actress activist author owner owners board \
    designer founder organizer organizers donor donors businessman businesswoman \
    billionaire mogul professor historian economist scientist doctor nurse teacher \
    student students soldier soldiers veteran veterans pastor priest coach player fan \
    fans neighbor neighbors neighbour neighbours mother father wife husband son \
    daughter brother sister challenger incumbent congressman congresswoman delegate \
    delegates legislator legislators commissioner councillor councilman councilwoman \
    sheriff detective counsel lobbyist consultant treasurer columnist writer editor \
    anchor journalist journalists blogger editorial email e-mail ad advertisement \
    message note ruling complaint lawsuit indictment release tweet video sign letters \
    emails statements spokesperson's";

/// Singular person roles: "the French leader" is a descriptor to resolve.
pub(super) const PERSON_ROLE: &str = "\
    leader president minister chancellor secretary spokesman spokeswoman spokesperson \
    premier king queen mayor governor senator candidate nominee chief envoy ambassador \
    commander chairman chairwoman director head woman man person host actor actress \
    activist author owner narrator designer founder businessman businesswoman \
    billionaire mogul professor historian economist congressman congresswoman \
    lawmaker legislator commissioner councillor councilman councilwoman treasurer \
    sheriff judge prosecutor lawyer attorney official aide adviser advisor strategist \
    diplomat analyst officer coach detective principal pastor chef rabbi imam bishop \
    inspector sergeant lieutenant captain superintendent trooper constable coroner \
    reverend chaplain";

/// Abbreviated titles before a name.
pub(super) const TITLE_ABBREVIATION: &str = "\
    rep. sen. gov. gen. lt. col. sgt. capt. adm. maj. dr. prof. rev. pres. amb. atty. \
    supt. del. reps. sens. cmdr. det. insp. cpl. pvt.";

/// Lowercase modifiers inside a speaker noun phrase ("senior U.S. officials").
pub(super) const SPEAKER_MODIFIER: &str = "\
    senior top former local foreign defense defence interior finance economy health \
    justice western eastern european deputy press state federal military government \
    campaign party other anonymous unnamed independent presidential prime vice white \
    house kremlin security intelligence diplomatic regional national city county police \
    election news separatist rebel opposition ruling influential two three several some \
    many both another one a an the his her its their president's minister's government's \
    chancellor's leader's spokesman's chief administration executive general secretary \
    senior-level high-ranking u.s u.s. us un eu nato";

/// Auxiliaries and modals: a complement clause has one early on.
pub(super) const AUXILIARY: &str = "\
    is are was were be been has have had will would could can should must may might did \
    does do shall isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't \
    couldn't can't shouldn't didn't doesn't don't remain remains stands need needs want \
    wants plans intends";

/// Common irregular past-tense verbs, which mark a finite clause.
pub(super) const IRREGULAR_PAST: &str = "\
    found made saw told said thought knew took gave came went got left felt became began \
    kept held brought bought meant met paid put ran sent spent stood won wrote lost led \
    built sold fell grew drew threw chose rose struck sought fought caught taught spoke \
    broke drove ate heard understood withdrew forgot overtook undertook hid shot sank \
    swore";

/// Words between a speaker and the reporting verb that do not change who speaks:
/// "Putin also said", "Macron has said", "Putin in turn said".
pub(super) const PRE_VERB_FILLER: &str = "\
    also then later earlier again repeatedly previously publicly privately once already \
    quickly has have had in turn recently separately too himself herself itself \
    themselves subsequently further first finally only just now similarly likewise \
    reportedly however often frequently will would may might could can should last this \
    week month year on openly bluntly flatly explicitly angrily sharply immediately \
    yesterday today tonight";

/// Negation before a reporting verb: "did not specify", "never said".
pub(super) const NEGATION: &str = "\
    not never didn't don't doesn't won't wouldn't cannot can't couldn't hasn't haven't \
    hadn't declined refused nor neither no";

/// Prepositions that open an adverbial between a reporting verb and its clause:
/// "said on Tuesday that", "said after the talks that".
pub(super) const ADVERBIAL_PREPOSITION: &str = "\
    on in at after before during from with following since upon amid via through \
    alongside outside inside ahead over by late early";

/// Words that end a reported clause after a comma: a new clause or an aside.
pub(super) const CLAUSE_BREAKER: &str = "\
    which although though whereas while who whom despite even as according when where \
    yet so because since with without unlike";

/// Relative pronouns: "which Moscow denies it is planning" reports nothing new.
pub(super) const RELATIVE_PRONOUN: &str = "which that who whom whose what";

/// Capitalised words that start sentences but are not names.
pub(super) const NOT_A_NAME: &str = "\
    the a an but and or however in on at after before during this that these those it he \
    she they we i you meanwhile later earlier ahead upon apparently according if when \
    while as since for with without by from to of so yet still also then now there here \
    his her its their our my your what who why how where which monday tuesday wednesday \
    thursday friday saturday sunday january february march april may june july august \
    september october november december mr mrs ms dr mr. mrs. ms. dr. both all some many \
    several most no not each every another other such although though because despite \
    unlike like instead indeed even once asked speaking writing responding wearing read \
    related see watch click follow sign last next first finally recently previously \
    shortly separately";

/// Lowercase particles inside names: "Ursula von der Leyen", "Luiz Inacio Lula
/// da Silva", "Bill de Blasio", "Mark van Dyke".
pub(super) const NAME_PARTICLE: &str = "\
    al ben bin da das de del della den der di dos du ibn la le ter van von";

/// Nouns that can show or find something: the subject an evidence cue needs
/// ("a poll shows", "the study found"), so that "the TV show" or "Smith found
/// the keys" report nothing.
pub(super) const EVIDENCE_NOUN: &str = "\
    poll polls polling survey surveys study studies report reports data analysis \
    analyses research figures numbers records estimate estimates review audit \
    investigation census test tests results findings evidence documents statistics \
    count tally";

/// Days of the week, which time a report ("said Tuesday that").
pub(super) const WEEKDAY: &str = "monday tuesday wednesday thursday friday saturday sunday";

/// Months, in full or abbreviated.
pub(super) const MONTH: &str = "\
    january february march april june july august september october november december \
    jan. feb. aug. sept. oct. nov. dec.";

/// Words after which a period does not end a sentence.
pub(super) const ABBREVIATION: &str = "\
    mr mrs ms dr st gen sen rep gov lt col sgt prof jr sr inc co corp no jan feb mar apr \
    aug sept sep oct nov dec vs mt ft capt cmdr adm maj pres supt det rev hon messrs ltd \
    dept gov't approx est fig vol del reps sens amb atty insp cpl pvt";

/// Organisation words: a capitalised name holding one is not a person.
pub(super) const ORGANISATION_WORD: &str = "\
    ministry office department service agency post times news journal party committee \
    council commission union house kremlin government administration bank court company \
    group institute university foundation association network police army navy military \
    campaign press reuters tass cnn bbc nbc abc cbs fox msnbc ap afp dpa senate congress \
    parliament presidency embassy inc corp fund board center centre forces guard fbi cia \
    nsa pentagon politifact poll survey gazette tribune herald daily magazine review \
    television radio federation alliance coalition movement front organization \
    organisation secretariat staff team club league bureau media";

/// Places and states, which speak as organisations ("Moscow insisted").
pub(super) const PLACE_NAME: &str = "\
    russia ukraine france germany moscow kyiv kiev washington berlin paris london \
    beijing china britain america belarus turkey poland brussels europe iran israel \
    japan india italy spain canada mexico syria iraq tehran tokyo rome minsk warsaw \
    ankara nato eu un u.s u.s. us uk u.k u.k. pyongyang seoul taiwan taipei jerusalem \
    cairo egypt lebanon";
