#!/usr/bin/env bash
# scripts/check-self-contained.sh fails on each kind of reference a reader of the repository
# cannot follow, names the file and line, and passes what only looks alike (a random seed,
# std::shared_ptr, a docs/ link). The offending texts are assembled at run time from the
# words below, so this file itself passes the check.
# Usage: self_contained_test.sh
set -uo pipefail
check_script="$(cd "$(dirname "$0")/../.." && pwd)/scripts/check-self-contained.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "$0")/check.sh"
mkdir "$dir/tree"
seed=seed Seed=Seed issue=issue Issue=Issue style=STYLE shared=shared readme=README work=work

refused() {  # refused NAME TEXT: a file holding TEXT fails the check, which names its line
  printf 'int x;\n%s\n' "$2" >"$dir/tree/bad.cpp"
  check "$1 is refused" bash -c "! '$check_script' '$dir/tree' >'$dir/out' 2>/dev/null && grep -q 'bad.cpp:2:' '$dir/out'"
  rm -f "$dir/tree/bad.cpp"
}
refused "a source document by number" "// Form 1 of ${seed} 004: agree or disagree"
refused "a capitalised one" "// ${Seed} 002: at least 32 mm"
refused "several of them" "// (${seed}s 002, 004)"
refused "a possessive" "// the ${seed}'s text"
refused "the plural" "-- form 4 of the ${seed}s."
refused "a number on the next line" "is active only in the current year (${seed}"
refused "a tag with a number" "Sample [S ${seed:0:0}004, C]"
refused "a task" "// The moderation queue (${issue} 4)"
refused "a capitalised task" "# ${Issue} 2 figures"
refused "the style notes" "// see ${style}.md"
refused "a folder outside" "// as in ${shared}/data/regions.csv"
refused "a domain summary" "// (domain ${readme} §5)"
refused "a machine's path" "see /${work}/main"

cat >"$dir/tree/good.cpp" <<'GOOD'
// Deterministic for a seed: `nok demo --seed 5`, the default --seed 2026.
explicit Random(std::uint64_t seed) : state_(seed) {}
auto p = std::make_shared<int>(1); std::shared_ptr<int> q;
// Form 1 (docs/domain.md#citizen-forms); tags [S], [L], [C]; issue_token(id, "reset").
INSTANTIATE_TEST_SUITE_P(Seeds, LiveAgainstFull, testing::Values(1u, 2u));
GOOD
check "look-alikes pass" "$check_script" "$dir/tree"
check "the repository passes" "$check_script"
finish self_contained
