# System packages the test suite needs beyond Node; sourced by .ci/run (and safe to run by hand: bash .ci/deps.sh).
# GNU parallel: test/scale-out.test.ts runs the README's scale-out recipe (`parallel --pipe … claimex extract`).
if ! command -v parallel >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq parallel) >/dev/null \
    || echo "warning: could not install GNU parallel (apt-get); test/scale-out.test.ts will fail" >&2
fi
