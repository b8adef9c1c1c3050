// Function words and common verbs that end a count's unit phrase ("2,700 Chinese had been deported").
export const UNIT_STOPWORDS: ReadonlySet<string> = new Set([
  // auxiliaries and copulas
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "shall",
  "should", "can", "could", "may", "might", "must", "do", "does", "did", "got", "get", "gets",
  // prepositions and particles
  "in", "on", "at", "by", "for", "from", "to", "with", "without", "of", "into", "onto", "over", "under", "since",
  "between", "after", "before", "during", "per", "than", "as", "about", "across", "against", "through", "throughout",
  "up", "down", "out", "off", "around", "among", "amongst", "within", "until", "till", "via", "near", "behind",
  "beyond", "above", "below", "towards", "toward", "upon", "like", "unlike", "despite", "following", "including",
  "excluding", "compared", "versus", "vs", "against", "each", "apiece", "alone", "ago", "earlier", "later",
  // conjunctions, relatives, determiners, pronouns
  "and", "or", "but", "nor", "so", "yet", "while", "whilst", "who", "whom", "whose", "which", "that", "where", "when",
  "why", "how", "if", "because", "although", "though", "unless", "whether", "the", "a", "an", "this", "these", "those",
  "its", "it", "their", "they", "them", "his", "he", "him", "her", "she", "our", "we", "us", "my", "i", "me", "you",
  "your", "there", "here", "what", "all", "both", "either", "neither", "any", "some", "no", "not", "such",
  // adverbs and comparison words
  "more", "less", "fewer", "most", "least", "also", "only", "just", "now", "still", "already", "again", "even",
  "then", "too", "very", "last", "next", "this", "year", "a", "respectively", "instead", "ahead", "back", "away",
  "higher", "lower", "up", "down", "rather", "almost", "nearly", "about", "plus", "minus", "times", "yet",
  // verbs of change and report that often follow a figure
  "said", "says", "say", "rose", "fell", "rise", "fall", "rising", "falling", "grew", "jumped", "dropped", "cut",
  "lost", "won", "make", "made", "took", "take", "went", "came", "saw", "see", "left", "leave", "remain", "remained",
  "died", "die", "voted", "attended", "signed", "turned", "spent", "paid", "own", "owned", "need", "needed",
  "expected", "expect", "told", "according", "reported", "estimated", "worth", "valued", "involved",
  // adjectives of a sum that stand after it ("71.25 mln due on September 29", "5 mln owed to banks")
  "due", "owed", "owing", "overdue", "payable", "receivable",
]);

/** Words ending in "-ly" that are nouns or adjectives, not adverbs: a count's unit goes on through them ("two family
 *  friends", "300 elderly patients", "five daily flights"); other "-ly" words end it as adverbs ("deported sharply"). */
export const LY_NOT_ADVERBS: ReadonlySet<string> = new Set([
  "family", "families", "assembly", "assemblies", "supply", "supplies", "ally", "allies", "rally", "rallies",
  "anomaly", "anomalies", "monopoly", "monopolies", "reply", "replies", "belly", "jelly", "lily", "bully", "fly",
  "tally", "folly", "gully", "homily", "italy", "july", "elderly", "early", "daily", "weekly", "monthly", "quarterly",
  "yearly", "hourly", "nightly", "friendly", "costly", "deadly", "lonely", "lovely", "likely", "unlikely", "orderly",
  "holy", "ugly", "silly", "curly", "burly", "timely", "stately", "worldly", "lowly", "kindly", "manly", "womanly",
  "comely", "sickly", "oily", "woolly", "chilly", "hilly", "bodily", "scholarly", "fatherly", "motherly", "leisurely",
]);
