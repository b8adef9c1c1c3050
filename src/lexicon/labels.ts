// Words that turn a following number into a label ("No 10", "Chapter 11"), and capitalised words that may
// stand before a figure without making it a name ("About 300", "Only 12").

export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  "no", "nos", "number", "page", "pages", "chapter", "article", "section", "clause", "paragraph", "room", "flight",
  "route", "version", "level", "grade", "class", "round", "stage", "game", "category", "platform", "gate", "lane",
  "junction", "exit", "phase", "tier", "band", "series", "season", "episode", "volume", "vol", "issue", "model",
  "track", "row", "seat", "unit", "apartment", "suite", "floor", "bus", "line", "highway", "interstate", "resolution",
  "bill", "act", "rule", "regulation", "form", "table", "figure", "appendix", "item", "step", "part", "division",
  "group", "type", "size", "mark", "week", "day", "matchday", "hole", "lap", "heat", "race", "set", "frame", "top",
]);

export const NAME_EXEMPT: ReadonlySet<string> = new Set([
  "about", "around", "some", "nearly", "almost", "roughly", "only", "just", "over", "under", "more", "fewer", "less",
  "at", "up", "to", "the", "a", "an", "and", "but", "or", "of", "in", "on", "by", "for", "from", "with", "than",
  "another", "all", "its", "their", "his", "her", "our", "these", "those", "another", "approximately", "around",
  "estimated", "an", "between", "within", "after", "before", "since", "during", "until", "as", "if", "when", "while",
  "then", "there", "here", "it", "they", "we", "he", "she", "i", "you", "that", "this", "which", "who", "what",
  "both", "each", "every", "last", "next", "first", "another", "additional", "extra", "nearly", "barely", "top",
  "sales", "profits", "profit", "revenue", "revenues", "shares", "net", "shr", "shrs", "avg", "vs", "qtr", "oper",
  "mths", "year", "rev", "revs", "sold", "lost", "won", "killed", "cut", "rose", "fell", "total", "totalled",
  "perhaps", "maybe", "possibly", "probably", "exactly", "precisely", "fully", "still", "already", "now", "today",
  "yesterday", "so", "nearly", "another", "overall", "altogether", "together", "combined",
]);

/** Units of measure written out: "one terabyte", "one megabit" state an amount even with a lone "one". */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "terabyte", "gigabyte", "megabyte", "kilobyte", "terabit", "gigabit", "megabit", "kilobit", "kilometre", "kilometer",
  "mile", "metre", "meter", "tonne", "ton", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "acre", "hectare",
  "degree", "pound", "ounce", "foot", "inch", "yard", "watt", "kilowatt", "megawatt", "gigawatt", "volt",
]);

/** Measurement units that may stand glued to digits ("5km", "14Mbps"); the glued word is the count's unit. */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  "km", "kg", "mph", "kmh", "kph", "mm", "cm", "kw", "kwh", "mw", "mwh", "gw", "gwh", "gb", "mb", "tb", "kb",
  "mbps", "gbps", "kbps", "ghz", "mhz", "ft", "lb", "lbs", "oz", "ml", "sq", "ha", "mg", "bpd", "dwt", "cc",
  "mp", "in", "secs", "sec", "s", "m", "cm", "mins", "min", "hrs", "yds", "yards", "metres", "meters",
]);
