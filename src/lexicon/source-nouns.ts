// The nouns that head a source's noun phrase, by the kind of source they make (compared lower case).

/** Titles and roles of people ("spokesman", "chief executive"); a name after them is a person. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "director", "chief", "executive", "chairman",
  "chairwoman", "chair", "president", "vice", "minister", "secretary", "analyst", "economist", "official",
  "head", "manager", "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "leader",
  "founder", "co-founder", "owner", "editor", "author", "researcher", "professor", "lecturer", "scientist",
  "expert", "adviser", "advisor", "consultant", "strategist", "commissioner", "chancellor", "premier", "pm",
  "ambassador", "envoy", "diplomat", "general", "colonel", "commander", "captain", "coach", "manager", "player",
  "striker", "boss", "officer", "inspector", "superintendent", "detective", "lawyer", "attorney", "prosecutor",
  "judge", "partner", "deputy", "assistant", "associate", "senior", "principal", "dean", "member", "mp", "mep",
  "mla", "msp", "am", "councillor", "councilor", "campaigner", "activist", "organiser", "organizer", "trader",
  "dealer", "broker", "banker", "investor", "founder", "ceo", "cfo", "coo", "cto", "md", "vp", "treasurer",
  "controller", "auditor", "chairperson", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
  "bishop", "archbishop", "cardinal", "doctor", "surgeon", "physician", "nurse", "teacher", "headteacher",
  "spokesmen", "correspondent", "reporter", "journalist", "columnist", "writer", "actor", "actress", "singer",
  "star", "artist", "designer", "producer", "presenter", "champion", "athlete", "sprinter", "runner", "rider", "dj",
  "driver", "pilot", "agent", "negotiator", "mediator", "administrator", "registrar", "ombudsman", "regulator",
  "physicist", "chemist", "biologist", "historian", "psychologist", "sociologist", "statistician", "demographer",
  "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "friend", "colleague",
  "pundit", "holder", "commentator", "critic", "veteran", "insider", "lobbyist", "economist", "spokesperson",
  "magistrate", "publicist", "frontbencher", "backbencher", "novelist", "playwright", "composer",
]);

/** Heads of organisation phrases ("the company", "Telecoms firm Eircom", "the Electoral Commission"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  "company", "companies", "firm", "firms", "group", "airline", "carrier", "bank", "banks", "government",
  "governments", "ministry", "department", "agency", "commission", "committee", "council", "office", "embassy",
  "consulate", "authority", "authorities", "board", "body", "organisation", "organization", "association",
  "federation", "union", "unions", "institute", "foundation", "charity", "party", "administration", "regulator",
  "retailer", "maker", "manufacturer", "producer", "giant", "operator", "provider", "service", "website", "site",
  "magazine", "newspaper", "paper", "broadcaster", "network", "channel", "station", "studio", "label", "club",
  "team", "league", "court", "parliament", "assembly", "senate", "congress", "cabinet", "police", "army", "military",
  "navy", "force", "forces", "industry", "sector", "exchange", "fund", "insurer", "lender", "processor", "supplier",
  "developer", "publisher", "distributor", "chain", "store", "brand", "conglomerate", "corporation", "corp", "inc",
  "plc", "ltd", "llc", "co", "holdings", "partners", "consultancy", "tank", "university", "college", "school",
  "hospital", "trust", "watchdog", "think-tank", "bureau", "centre", "center", "secretariat", "directorate",
  "inspectorate", "tribunal", "alliance", "coalition", "campaign", "movement", "society", "institution",
  "observatory", "programme", "program", "project", "initiative", "unit", "division", "subsidiary", "venture",
  "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "housebuilder", "supermarket", "miner",
]);

/** Org-phrase heads that name a known body on their own and must not be resolved to the last company named. */
export const SELF_NAMING_ORGS: ReadonlySet<string> = new Set([
  "government", "police", "army", "military", "navy", "parliament", "senate", "congress", "cabinet", "opposition",
  "industry", "sector", "administration",
]);

/** Heads of document phrases ("a press release", "the Facebook post", "figures", "a report by X"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "report", "reports", "survey", "surveys", "study", "studies", "release", "statement", "statements", "post",
  "posts", "tweet", "figures", "data", "statistics", "stats", "research", "poll", "polls", "table", "analysis",
  "document", "documents", "letter", "memo", "filing", "census", "estimates", "forecast", "forecasts", "paper",
  "review", "audit", "index", "numbers", "records", "minutes", "bulletin", "notice", "website", "update", "findings",
  "projections", "calculations", "assessment", "investigation", "inquiry", "probe", "audit", "book", "article",
  "editorial", "communique", "communiqué", "announcement", "blog", "white", "budget", "ranking",
  "rankings", "list", "chart", "charts", "results", "accounts", "prospectus", "circular", "guidance", "testimony",
  "transcript", "cable", "dossier", "model", "modelling", "modeling", "simulation", "evaluation", "count", "tally",
]);

/** Heads of unnamed groups and unnamed individuals ("officials", "analysts", "a source close to …"). */
export const UNNAMED_NOUNS: ReadonlySet<string> = new Set([
  "officials", "analysts", "sources", "source", "experts", "economists", "observers", "critics", "residents",
  "witnesses", "diplomats", "insiders", "insider", "traders", "dealers", "people", "investors", "scientists",
  "researchers", "campaigners", "activists", "locals", "villagers", "workers", "employees", "staff", "executives",
  "managers", "lawmakers", "legislators", "politicians", "ministers", "mps", "officers", "doctors", "teachers",
  "parents", "students", "consumers", "customers", "users", "fans", "rivals", "opponents", "supporters",
  "manufacturers", "producers", "farmers", "economist", "analyst", "official", "spokesman", "spokeswoman",
  "spokesperson", "observer", "critic", "resident", "witness", "diplomat", "expert", "others", "gatherers",
  "makers", "coders", "designers", "animators", "bankers", "brokers", "strategists", "forecasters", "pollsters",
  "organisers", "organizers", "authorities", "leaders", "members", "delegates", "negotiators", "lawyers",
  "prosecutors", "investigators", "police", "firefighters", "rescuers", "medics", "survivors", "victims", "families",
  "websites", "commentators", "industry", "sector",
  // groups of businesses and of the public named by a plural common noun ("Budget airlines have said",
  // "Low-cost carriers argue", "Homeowners say", "Passengers told the BBC"): an unnamed group, not a name
  "airlines", "carriers", "retailers", "operators", "suppliers", "insurers", "lenders", "broadcasters", "publishers",
  "distributors", "exporters", "importers", "carmakers", "automakers", "drugmakers", "chipmakers", "brewers",
  "refiners", "miners", "builders", "housebuilders", "utilities", "charities", "businesses", "employers",
  "landlords", "tenants", "homeowners", "borrowers", "savers", "taxpayers", "pensioners", "motorists",
  "passengers", "travellers", "travelers", "tourists", "shoppers", "buyers", "sellers", "shareholders",
  "bondholders", "creditors", "voters", "viewers", "listeners", "readers", "patients", "protesters",
  "demonstrators", "growers", "merchants", "vendors", "bidders", "plaintiffs", "groups", "organisations",
  "organizations", "agencies", "supermarkets", "chains", "councils", "hospitals", "schools", "universities", "clubs",
  "newspapers", "media",
]);

/** Last words that make a capitalised name an organisation ("Brown-Forman Inc", "British Airways"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "group", "holdings",
  "airways", "airlines", "air", "bank", "bancorp", "research", "data", "systems", "technologies", "technology",
  "motors", "industries", "international", "partners", "capital", "securities", "investments", "energy", "oil",
  "petroleum", "telecom", "communications", "media", "entertainment", "pictures", "studios", "records", "music",
  "foods", "pharmaceuticals", "insurance", "financial", "services", "solutions", "software", "electronics",
  "instruments", "steel", "networks", "semiconductor", "semiconductors", "chemicals", "airport", "airports",
  "concern", "times", "post", "news", "journal", "herald", "telegraph", "guardian", "mirror", "express", "mail",
  "gazette", "tribune", "chronicle", "weekly", "daily", "review", "magazine", "league", "fc", "united", "city",
  "office", "agency", "commission", "ministry", "department", "council", "committee", "authority", "board",
  "embassy", "institute", "foundation", "association", "organisation", "organization", "federation", "union",
  "party", "government", "administration", "parliament", "court", "police", "army", "fund", "trust", "society",
  "university", "college", "centre", "center", "project", "programme", "program", "alliance", "network", "service",
]);

/** What a source announces or prepares ("proposals announced by", "the details were disclosed by"). */
export const INFO_NOUNS: ReadonlySet<string> = new Set([
  "proposals", "proposal", "plans", "plan", "details", "measures", "cuts", "deal", "findings", "results", "changes",
  "targets", "target", "prices", "price", "rates", "rate", "terms", "loss", "losses", "profits", "profit", "earnings",
  "sales", "revenue", "revenues", "dividend", "cost", "costs", "toll", "number", "numbers", "total", "totals",
]);

/** Participles between a document and its issuer ("statistics gathered by", "a table drawn up by"). */
export const ISSUER_VERBS: ReadonlySet<string> = new Set([
  "gathered", "drawn", "up", "published", "commissioned", "released", "prepared", "compiled", "issued", "carried",
  "conducted", "produced", "written", "posted", "sent", "filed", "put", "out", "made",
]);

/** Nouns that open a sentence subject about a company without naming it: "Shares in UK Coal fell", "Profits at
 *  Unilever rose" — the company after in/at/of is the mention. */
export const SUBJECT_PREFIX_NOUNS: ReadonlySet<string> = new Set([
  "shares", "profits", "profit", "sales", "revenues", "revenue", "earnings", "stock", "stocks", "staff", "workers",
  "employees", "customers", "shareholders", "investors", "output", "losses", "bosses", "executives",
]);

/** Business nouns that describe rather than name: "the South Yorkshire company", "the Irish carrier". */
export const GENERIC_ORG_HEADS: ReadonlySet<string> = new Set([
  "company", "firm", "carrier", "airline", "giant", "maker", "manufacturer", "retailer", "operator",
  "producer", "supplier", "conglomerate", "insurer", "lender", "broadcaster", "publisher", "chain",
  "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "housebuilder", "supermarket", "miner",
]);

/** Nouns for a body of people that British English gives a plural verb ("the government have said"). */
export const COLLECTIVE_BODIES: ReadonlySet<string> = new Set(["government", "council", "committee", "commission", "board",
  "union", "party", "team", "club", "organisation", "organization", "association", "federation", "ministry",
  "department", "agency", "authority", "panel", "jury", "public", "management", "opposition", "cabinet", "parliament",
  "congress", "senate", "confederation", "institute", "foundation", "executive", "administration", "industry",
  "family", "group"]);
