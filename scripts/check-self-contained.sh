#!/usr/bin/env bash
# The repository speaks of itself alone: a comment or a doc is read by someone who has only
# this tree, so it cites docs/ and files in the tree, never the issues the work was planned
# in ("issue 5"), the source documents by their file numbers ("seed 002", "[S 004]" —
# docs/domain.md names the documents), notes kept outside the repository (STYLE.md,
# shared/…, a domain README) or a development machine's absolute paths (/work/…).
# A random seed (`nok demo --seed 5`, `Random(seed)`) is not a source document and passes.
# Usage: check-self-contained.sh [PATH…]   (default: src tests docs scripts bench README.md
# of this repository). Prints every offending line as FILE:LINE:TEXT; exit 0 when there is
# none, 1 when there is one, 2 when a path cannot be read.
set -uo pipefail

patterns=(
  '(^|[^-])\bseeds?[ _-]?0[0-9]{2}\b'  # seed 002, seeds 002 and 004, Seed 002
  "\bseeds?'"                          # the seed's text, the seeds' rules
  '\b(the|of|in|from) seeds\b'         # form 4 of the seeds
  '\(seeds?$'                          # "(seed" with its number on the next line
  '\[S [0-9]'                          # [S 004]: a document by its number
  '\bissues? #?[0-9]'                  # issue 6, Issue 2, issue #4
  "\bissues'"                          # the issues' closing notes
  'STYLE\.md'
  '(^|[^[:alnum:]_])shared/'           # shared/domain/README.md (not std::shared_ptr)
  '\bdomain README\b'
  '(^|[[:space:]"'"'"'`(])/work/'      # an absolute path on a development machine
)
pattern=$(IFS='|'; echo "${patterns[*]}")

if [ $# -eq 0 ]; then
  cd "$(dirname "$0")/.." || exit 2
  set -- src tests docs scripts bench README.md
fi
# This file names the patterns it looks for, so it is the one file not read.
grep -rnIiE --exclude-dir=node_modules --exclude=check-self-contained.sh "$pattern" "$@"
case $? in
  0) echo "check-self-contained: cite docs/domain.md or another file of the repository instead" >&2; exit 1 ;;
  1) exit 0 ;;
  *) exit 2 ;;
esac
