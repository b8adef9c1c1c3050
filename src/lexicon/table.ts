// Lexicon tables are looked up with arbitrary words from the input: a plain object literal would answer
// "constructor" or "__proto__" from Object.prototype. Tables are frozen objects without a prototype.
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
