// Words of attribution, as data: cue verbs, the nouns that head a source's noun phrase (roles, organisations,
// documents, unnamed groups) and the small words that sit around them.

export interface CueSpec {
  /** Lemma of the cue verb, for rule ids. */
  readonly lemma: string;
  /** May stand before its subject: "…,” said Khieu Sopheak", "…, says PM". */
  readonly invert?: boolean;
  /** Also a common noun ("reports", "claims"): accepted only where a verb can stand. */
  readonly noun?: boolean;
  /** Only these kinds of subject make it a cue ("the survey found", not "police found"; "analysts agree"),
   *  unless "that" follows the verb. */
  readonly onlyKinds?: ReadonlyArray<"person" | "organization" | "document" | "unnamed">;
  /** Only with a clause after it ("admitted that …", "denied he …"), not an object ("admitted one count"). */
  readonly needsClause?: boolean;
  /** Only with a following "on", "that" or ":" ("posted on Facebook that …", not "posted a loss"). */
  readonly needsComplement?: boolean;
  /** Only after a quotation ("…,” the Facebook post read). */
  readonly afterQuoteOnly?: boolean;
  /** The past tense is spelt like the base form ("forecast", "read"): no plural subject needed. */
  readonly pastAsBase?: boolean;
  /** A particle that must follow ("pointed out"). */
  readonly particle?: string;
  /** Only with "at" and a figure after its object ("the CBI puts the cost at £2bn"). */
  readonly needsAt?: boolean;
}

const DOC = ["document"] as const;

const verb = (lemma: string, forms: string[], extra: Omit<CueSpec, "lemma"> = {}): Array<[string, CueSpec]> =>
  forms.map((f) => [f, { lemma, ...extra }]);

/** Cue verb forms (lower case) → how they behave. */
export const CUE_VERBS: ReadonlyMap<string, CueSpec> = new Map([
  ...verb("say", ["said", "says", "say"], { invert: true }),
  ...verb("tell", ["told", "tells", "tell"]),
  ...verb("add", ["added", "adds"], { invert: true }),
  ...verb("argue", ["argued", "argues", "argue"], { invert: true }),
  ...verb("warn", ["warned", "warns", "warn"], { invert: true }),
  ...verb("explain", ["explained", "explains"], { invert: true }),
  ...verb("continue", ["continued"], { invert: true, afterQuoteOnly: true }),
  ...verb("write", ["wrote", "writes"], { invert: true }),
  ...verb("insist", ["insisted", "insists"], { invert: true }),
  ...verb("note", ["noted"], { invert: true }),
  ...verb("note", ["notes"], { noun: true }),
  ...verb("estimate", ["estimated"]),
  ...verb("estimate", ["estimates", "estimate"], { noun: true }),
  ...verb("report", ["reported"]),
  ...verb("report", ["reports", "report"], { noun: true }),
  ...verb("announce", ["announced", "announces", "announce"]),
  ...verb("confirm", ["confirmed", "confirms", "confirm"]),
  ...verb("claim", ["claimed"]),
  ...verb("claim", ["claims", "claim"], { noun: true }),
  ...verb("believe", ["believes", "believed", "believe"]),
  ...verb("find", ["found", "finds", "find"], { onlyKinds: DOC }),
  ...verb("show", ["showed", "shows", "show", "shown"], { onlyKinds: DOC }),
  ...verb("suggest", ["suggested", "suggests", "suggest"]),
  ...verb("calculate", ["calculated", "calculates"]),
  ...verb("conclude", ["concluded", "concludes"], { onlyKinds: DOC }),
  ...verb("indicate", ["indicated", "indicates"], { onlyKinds: DOC }),
  ...verb("post", ["posted"], { needsComplement: true }),
  ...verb("read", ["read", "reads"], { afterQuoteOnly: true, pastAsBase: true }),
  ...verb("point", ["pointed", "points", "point"], { invert: true, particle: "out" }),
  ...verb("laud", ["lauded", "lauds"]),
  ...verb("welcome", ["welcomed", "welcomes"]),
  ...verb("state", ["stated"]),
  ...verb("stress", ["stressed"]),
  ...verb("predict", ["predicted", "predicts", "predict"]),
  ...verb("forecast", ["forecast", "forecasts"], { noun: true, pastAsBase: true }),
  ...verb("project", ["projected"]),
  ...verb("reveal", ["revealed", "reveals"]),
  ...verb("declare", ["declared"]),
  ...verb("admit", ["admitted", "admits"], { needsClause: true }),
  ...verb("concede", ["conceded"]),
  ...verb("acknowledge", ["acknowledged"]),
  ...verb("deny", ["denied", "denies", "deny"], { needsClause: true }),
  ...verb("agree", ["agree", "agrees"], { onlyKinds: ["unnamed"] }),
  ...verb("recall", ["recalled"], { invert: true }),
  ...verb("repeat", ["repeated"]),
  ...verb("describe", ["described"]),
  ...verb("blame", ["blamed"]),
  ...verb("cite", ["cited"]),
  ...verb("disclose", ["disclosed"]),
  ...verb("inform", ["informed"]),
  ...verb("reckon", ["reckons", "reckoned", "reckon"]),
  ...verb("specify", ["specified"]),
  ...verb("recommend", ["recommend", "recommends"]),
  ...verb("reply", ["replied"], { invert: true }),
  ...verb("comment", ["commented"], { invert: true }),
  ...verb("complain", ["complained"], { invert: true }),
  ...verb("testify", ["testified"]),
  // more verbs of statement news writing uses; those that also take a plain object need a clause after them
  ...verb("emphasise", ["emphasised", "emphasized", "emphasises", "emphasizes"]),
  ...verb("observe", ["observed"], { invert: true, needsClause: true }),
  ...verb("remark", ["remarked"], { invert: true }),
  ...verb("assert", ["asserted", "asserts"], { needsClause: true }),
  ...verb("allege", ["alleged", "alleges", "allege"], { needsClause: true }),
  ...verb("maintain", ["maintained", "maintains"], { needsClause: true }),
  ...verb("reiterate", ["reiterated", "reiterates"], { needsClause: true }),
  ...verb("caution", ["cautioned", "cautions"], { invert: true, needsClause: true }),
  ...verb("counter", ["countered"], { invert: true, needsClause: true }),
  ...verb("retort", ["retorted"], { invert: true }),
  ...verb("quip", ["quipped"], { invert: true }),
  ...verb("boast", ["boasted", "boasts"], { needsClause: true }),
  ...verb("tweet", ["tweeted"], { invert: true, needsClause: true }),
  ...verb("put", ["put", "puts"], { needsAt: true, pastAsBase: true }),
]);

/** Verbs of naming that attribute only in "what X calls …" ("in what the minister called a 'historic day'", "what
 *  analysts call a dead cat bounce"); elsewhere they name or summon ("a firm called Acme", "called for a rise"). */
export const NAMING_CUES: ReadonlyMap<string, CueSpec> = new Map([
  ...verb("call", ["called", "calls", "call"]),
  ...verb("term", ["termed", "terms"]),
  ...verb("dub", ["dubbed", "dubs"]),
  ...verb("describe", ["describes", "describe"]),
]);

/** -ing forms of cues: after "is/are/was/been" ("TimeWarner is projecting"), after a comma ("…, saying that"),
 *  or opening a sentence ("Reporting its results, the airline …") → their lemma. */
export const ING_CUES: ReadonlyMap<string, string> = new Map([
  ["saying", "say"], ["adding", "add"], ["arguing", "argue"], ["warning", "warn"], ["claiming", "claim"],
  ["insisting", "insist"], ["noting", "note"], ["predicting", "predict"], ["forecasting", "forecast"],
  ["projecting", "project"], ["estimating", "estimate"], ["reporting", "report"], ["announcing", "announce"],
  ["suggesting", "suggest"], ["citing", "cite"], ["telling", "tell"], ["explaining", "explain"],
  ["admitting", "admit"], ["acknowledging", "acknowledge"], ["stressing", "stress"], ["emphasising", "emphasise"],
  ["emphasizing", "emphasise"], ["cautioning", "caution"], ["conceding", "concede"],
  ["confirming", "confirm"], ["revealing", "reveal"],
]);

/** Participles that name their source after "by" ("proposals announced by the Trade Secretary"). */
export const PASSIVE_CUES: ReadonlySet<string> = new Set([
  "announced", "prepared", "published", "released", "compiled", "reported", "revealed", "disclosed", "issued",
  "estimated", "calculated", "forecast", "predicted", "produced", "unveiled", "stated",
  "confirmed", "claimed", "made",
]);

/** Words that turn a following cue form into something else: passive, infinitive, negation, a determiner. */
export const NOT_BEFORE_CUE: ReadonlySet<string> = new Set([
  "is", "was", "were", "are", "been", "being", "be", "to", "not", "n't", "never", "the", "a", "an", "this", "that",
  "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "no", "any", "each", "every", "whose",
  "get", "got", "having",
]);

/** Adverbs and auxiliaries that may stand between a subject and its cue ("BA has also warned"). */
export const CUE_FILLERS: ReadonlySet<string> = new Set([
  "has", "have", "had", "will", "would", "also", "previously", "earlier", "later", "recently", "separately",
  "further", "then", "now", "still", "already", "yesterday", "today", "tonight", "repeatedly", "publicly",
  "privately", "again", "subsequently", "originally", "initially", "once", "finally", "reportedly", "officially",
  "similarly", "recently", "both", "all", "too", "however", "meanwhile", "shortly", "afterwards", "immediately",
]);

/** Personal titles that stand before a name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "mr.", "mrs.", "ms.",
  "dr.", "messrs", "mme", "m",
]);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(["mrs", "ms", "miss", "dame", "lady", "mme"]);
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(["mr", "sir", "lord"]);

/** Pronouns that may be the subject of a cue, and what they may refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, "male" | "female" | "thing" | "group"> = new Map([
  ["he", "male"], ["she", "female"], ["it", "thing"], ["they", "group"],
]);

/** Object pronouns that may follow "according to" ("according to him"), and what they may refer to. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, "male" | "female" | "thing" | "group"> = new Map([
  ["him", "male"], ["her", "female"], ["them", "group"],
]);

/** Determiners and quantifiers that open a noun phrase and are not part of a name. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "these", "those", "some", "many", "other", "others", "several", "most", "few", "two",
  "three", "four", "five", "both", "all", "various", "one", "another", "its", "their", "his", "her", "our",
]);

/** Words that join parts of one noun phrase ("Mike Powell of Dresdner", "Food and Agriculture Organisation"). */
export const NP_JOINERS: ReadonlySet<string> = new Set(["of", "for", "at", "in", "from", "with", "by", "and", "&", "on"]);

/** Social networks and channels: a post "on Facebook" is not issued by Facebook. */
export const PLATFORMS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "instagram", "youtube", "wechat", "weibo", "linkedin", "tiktok", "telegram", "whatsapp",
  "x", "website", "blog",
]);

/** Closed-class words: never part of a name, even capitalised at the start of a sentence ("But", "However"). */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  "but", "and", "or", "nor", "so", "yet", "however", "meanwhile", "moreover", "furthermore", "also", "still",
  "then", "though", "although", "while", "whilst", "because", "since", "as", "if", "when", "where", "after",
  "before", "until", "unless", "whether", "that", "which", "who", "whom", "whose", "what", "why", "how", "in", "on",
  "at", "by", "for", "from", "to", "with", "without", "of", "into", "over", "under", "about", "between", "during",
  "despite", "after", "among", "against", "through", "is", "are", "was", "were", "be", "been", "has", "have", "had",
  "would", "can", "could", "might", "must", "should", "do", "does", "did", "not", "no", "yes", "there",
  "here", "now", "i", "we", "you", "me", "us", "him", "them", "my", "your", "it", "he", "she", "they", "such",
  "instead", "indeed", "thus", "hence", "therefore", "even", "only", "just", "last", "next", "earlier", "later",
  "today", "yesterday", "tomorrow", "tonight", "once", "again", "ago", "more", "most", "less", "least", "very",
  "said", "says", "told", "according", "additionally", "separately", "overall", "finally", "first", "firstly",
  "secondly", "asked", "speaking", "writing", "like", "unlike", "including", "both", "either", "neither", "each",
  "every", "any", "all", "some", "many", "much", "few", "several", "other", "another", "own", "same", "per", "than",
]);

/** Quantifier pronouns that can be the subject of a cue on their own: "Many believe …", "…, some argue, …",
 *  "Others say …" — an unnamed group. */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(["many", "some", "others", "most"]);

/** Relative pronouns that stand between a source and its cue ("analysts, who said …"). */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "that"]);

/** Words that open a time or manner phrase between a subject and its cue ("on Thursday", "in a statement"). */
export const FILLER_PHRASE_OPENERS: ReadonlySet<string> = new Set(["on", "in", "last", "this", "earlier", "late", "early", "at"]);

/** Heads of manner phrases that may stand before or after a cue ("in a statement", "in an interview"). */
export const MANNER_NOUNS: ReadonlySet<string> = new Set([
  "statement", "interview", "speech", "letter", "note", "report", "briefing", "release", "post", "tweet", "message",
  "filing", "conference", "memo", "email", "e-mail", "broadcast", "address", "testimony", "video", "blog",
]);

/** Phrases that tie an unnamed source to what it knows ("people familiar with the matter", "a source close to the
 *  talks"), as "word next-word". */
export const KNOWING: ReadonlySet<string> = new Set(["familiar with", "close to", "knowledge of", "briefed on", "involved in", "privy to"]);
