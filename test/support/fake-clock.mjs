// Preloaded with --import by the determinism test: the clock reads 2031-12-31 23:59:59 UTC, a different day in
// most time zones. Output must not change, because nothing in claimex may depend on "now".
const FIXED = Date.UTC(2031, 11, 31, 23, 59, 59);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(FIXED);
    else super(...args);
  }
  static now() {
    return FIXED;
  }
}
globalThis.Date = FixedDate;
