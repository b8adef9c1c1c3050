// Currencies by symbol, code and name, with ISO 4217 codes; `fraction` marks sub-units (pence, cents).
import { table } from "./table.js";

export interface Currency {
  readonly code: string;
  /** Value of one written unit in the currency's main unit (pence → 0.01, "MUSD" → 1,000,000). */
  readonly fraction?: number;
}

/** Symbols and prefixes written before the digits: "$8", "US$1.13bn", "£600m". Longest first when matching. */
export const CURRENCY_PREFIXES: Readonly<Record<string, Currency>> = table({
  "US$": { code: "USD" }, "U.S.$": { code: "USD" }, "A$": { code: "AUD" }, "AU$": { code: "AUD" },
  "MXN$": { code: "MXN" }, "Mex$": { code: "MXN" }, "AUD$": { code: "AUD" }, "CAD$": { code: "CAD" },
  "NZD$": { code: "NZD" }, "C$": { code: "CAD" }, "CA$": { code: "CAD" }, "NZ$": { code: "NZD" }, "HK$": { code: "HKD" },
  "S$": { code: "SGD" }, "NT$": { code: "TWD" }, "R$": { code: "BRL" }, "$": { code: "USD" },
  "£": { code: "GBP" }, "€": { code: "EUR" }, "¥": { code: "JPY" }, "₹": { code: "INR" }, "₩": { code: "KRW" },
  "₽": { code: "RUB" }, "₦": { code: "NGN" }, "₱": { code: "PHP" }, "₺": { code: "TRY" }, "Rs": { code: "INR" },
  "Rs.": { code: "INR" }, "RM": { code: "MYR" }, "Rp": { code: "IDR" }, "CHF": { code: "CHF" }, "SFr": { code: "CHF" },
  "MUSD": { code: "USD", fraction: 1e6 }, "MEUR": { code: "EUR", fraction: 1e6 }, "MAUD": { code: "AUD", fraction: 1e6 },
  "MGBP": { code: "GBP", fraction: 1e6 }, "USD": { code: "USD" }, "EUR": { code: "EUR" }, "GBP": { code: "GBP" }, "JPY": { code: "JPY" },
  "CNY": { code: "CNY" }, "RMB": { code: "CNY" }, "INR": { code: "INR" }, "AUD": { code: "AUD" },
  "CAD": { code: "CAD" }, "HKD": { code: "HKD" }, "SEK": { code: "SEK" }, "NOK": { code: "NOK" },
  "DKK": { code: "DKK" }, "ZAR": { code: "ZAR" }, "KRW": { code: "KRW" }, "BRL": { code: "BRL" },
  "MXN": { code: "MXN" }, "RUB": { code: "RUB" }, "IDR": { code: "IDR" }, "SGD": { code: "SGD" },
});

/** Names written after the amount: "8 billion dollars", "30 trillion rupiah", "50 pence", "1,780 dlrs". */
export const CURRENCY_NAMES: Readonly<Record<string, Currency>> = table({
  "us dollars": { code: "USD" }, "u.s. dollars": { code: "USD" }, "american dollars": { code: "USD" },
  "australian dollars": { code: "AUD" }, "canadian dollars": { code: "CAD" }, "hong kong dollars": { code: "HKD" },
  "new zealand dollars": { code: "NZD" }, "singapore dollars": { code: "SGD" }, "taiwan dollars": { code: "TWD" },
  // ISO codes and symbols written after the amount: "500 USD", "10 €", "40 rmb"
  "usd": { code: "USD" }, "eur": { code: "EUR" }, "gbp": { code: "GBP" }, "jpy": { code: "JPY" }, "cny": { code: "CNY" },
  "rmb": { code: "CNY" }, "chf": { code: "CHF" }, "inr": { code: "INR" }, "aud": { code: "AUD" }, "cad": { code: "CAD" },
  "hkd": { code: "HKD" }, "sek": { code: "SEK" }, "nok": { code: "NOK" }, "dkk": { code: "DKK" }, "zar": { code: "ZAR" },
  "krw": { code: "KRW" }, "brl": { code: "BRL" }, "mxn": { code: "MXN" }, "rub": { code: "RUB" }, "idr": { code: "IDR" },
  "sgd": { code: "SGD" }, "nzd": { code: "NZD" }, "try": { code: "TRY" }, "pln": { code: "PLN" },
  "€": { code: "EUR" }, "$": { code: "USD" }, "£": { code: "GBP" }, "¥": { code: "JPY" }, "元": { code: "CNY" },
  "₹": { code: "INR" }, "₩": { code: "KRW" }, "₽": { code: "RUB" }, "₡": { code: "CRC" }, "₾": { code: "GEL" },
  "₭": { code: "LAK" }, "₺": { code: "TRY" }, "₦": { code: "NGN" }, "₱": { code: "PHP" }, "₴": { code: "UAH" },
  "musd": { code: "USD", fraction: 1e6 }, "meur": { code: "EUR", fraction: 1e6 }, "mgbp": { code: "GBP", fraction: 1e6 },
  "maud": { code: "AUD", fraction: 1e6 }, "ரூ": { code: "INR" }, "turkish lira": { code: "TRY" }, "turkish liras": { code: "TRY" },
  "us dollar": { code: "USD" }, "chinese yuan": { code: "CNY" }, "finnish markka": { code: "FIM" },
  "japanese yen": { code: "JPY" }, "british pounds": { code: "GBP" }, "indian rupees": { code: "INR" },
  "dollars": { code: "USD" }, "dollar": { code: "USD" }, "dlrs": { code: "USD" }, "dlr": { code: "USD" },
  "us cents": { code: "USD", fraction: 0.01 }, "cents": { code: "USD", fraction: 0.01 }, "cent": { code: "USD", fraction: 0.01 },
  "euros": { code: "EUR" }, "euro": { code: "EUR" }, "euro cents": { code: "EUR", fraction: 0.01 },
  "pounds sterling": { code: "GBP" }, "pounds": { code: "GBP" }, "pound": { code: "GBP" }, "sterling": { code: "GBP" },
  "stg": { code: "GBP" }, "pence": { code: "GBP", fraction: 0.01 }, "penny": { code: "GBP", fraction: 0.01 },
  "p": { code: "GBP", fraction: 0.01 }, "cts": { code: "USD", fraction: 0.01 }, "u.s. dlrs": { code: "USD" },
  "u.s. cents": { code: "USD", fraction: 0.01 }, "u.s. cts": { code: "USD", fraction: 0.01 },
  "yen": { code: "JPY" }, "yuan": { code: "CNY" }, "renminbi": { code: "CNY" }, "rupiah": { code: "IDR" },
  "rupees": { code: "INR" }, "rupee": { code: "INR" }, "roubles": { code: "RUB" }, "rubles": { code: "RUB" },
  "rouble": { code: "RUB" }, "ruble": { code: "RUB" }, "won": { code: "KRW" }, "baht": { code: "THB" },
  "ringgit": { code: "MYR" }, "pesos": { code: "MXN" }, "peso": { code: "MXN" }, "rand": { code: "ZAR" },
  "naira": { code: "NGN" }, "lira": { code: "TRY" }, "shekels": { code: "ILS" }, "dinars": { code: "DZD" },
  "riyals": { code: "SAR" }, "dirhams": { code: "AED" }, "francs": { code: "FRF" }, "franc": { code: "FRF" },
  "swiss francs": { code: "CHF" }, "french francs": { code: "FRF" }, "belgian francs": { code: "BEF" },
  "marks": { code: "DEM" }, "mark": { code: "DEM" }, "deutsche marks": { code: "DEM" }, "deutschemarks": { code: "DEM" },
  "guilders": { code: "NLG" }, "lire": { code: "ITL" }, "pesetas": { code: "ESP" }, "kronor": { code: "SEK" },
  "kroner": { code: "NOK" }, "crowns": { code: "SEK" }, "zlotys": { code: "PLN" }, "cruzados": { code: "BRC" },
  "cruzeiros": { code: "BRC" }, "reais": { code: "BRL" }, "real": { code: "BRL" }, "hryvnia": { code: "UAH" },
  "bolivars": { code: "VEF" }, "schillings": { code: "ATS" }, "drachmas": { code: "GRD" }, "escudos": { code: "PTE" },
  "australian dlrs": { code: "AUD" }, "canadian dlrs": { code: "CAD" }, "hk dlrs": { code: "HKD" },
  "singapore dlrs": { code: "SGD" }, "taiwan dlrs": { code: "TWD" }, "n.z. dlrs": { code: "NZD" },
  "swiss franc": { code: "CHF" }, "dutch guilders": { code: "NLG" }, "marka": { code: "FIM" }, "markka": { code: "FIM" },
});

/** Names that are only currency when the context is clearly money (too common as plain words). */
export const WEAK_CURRENCY_NAMES: ReadonlySet<string> = new Set(["p", "real", "won", "mark", "marks", "rand", "pound", "franc", "cent", "try", "cad"]);
