#!/usr/bin/env bash
# `nok score` as an operator runs it: the JSON shape, CSV output, registries from a file and
# from the database, group aggregates, Excel files, and all-or-nothing failure with lines.
# Usage: score_test.sh PATH/TO/nok
set -uo pipefail
nok=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "$0")/check.sh"
json() {  # json FILE PYTHON-EXPRESSION-ON-d — true when the expression holds
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"
}
score() { "$nok" score --responses "$dir/r.csv" --expert "$dir/e.csv" "$@"; }

header='org,channel,collected_at,stand_used,stand_ok,site_used,site_ok,timely,comfort_ok,disabled,access_ok,contact_polite,staff_polite,remote_used,remote_polite,recommend,conditions_ok,overall_ok,suggestions,sex,age'
cat >"$dir/r.csv" <<EOF
$header
lib1,web,2026-03-01,1,1,1,0,,1,0,,1,1,1,1,1,1,1,"Больше книг, пожалуйста",female,34
lib1,operator_paper,2026-03-02T10:00:00+03:00,0,,1,1,,0,1,1,1,0,0,,1,0,1,"две
строки",male,70
pol1,app,2026-03-02,1,1,0,,1,1,0,,1,1,0,,1,1,1,,,
EOF
cat >"$dir/e.csv" <<'EOF'
org,info_stand,info_stand_required,info_site,info_site_required,remote_channels,comfort_conditions,wait_days,premises_access,service_access
lib1,8,10,30,40,4,3,,2,6
pol1,5,10,,,2,5,9,5,1
mus1,10,10,20,20,6,5,,5,6
EOF
cat >"$dir/orgs.csv" <<'EOF'
code,inn,full_name,region,sphere,authority,recipients
lib1,7707083893,Библиотека,77,culture,Департамент культуры,100
pol1,7707083893,Поликлиника,77,health,Департамент здравоохранения,5000
mus1,7707083893,Музей,50,culture,Министерство культуры МО,
EOF

check "score --help" bash -c "'$nok' score --help | grep -q usage"
check "score is in the verb list" bash -c "'$nok' --help | grep -q '^  score'"
score >"$dir/out.json"
check "good files score" test $? -eq 0
check "the JSON shape of docs/methodology.md" json "$dir/out.json" \
  "list(d)[:3] == ['methodology','organisations','groups'] and d['methodology'] == '344n-2019' and d['groups'] == [] and \
   [list(o)[:6] for o in d['organisations']] == [['org','respondents','indicators','criteria','total','missing']]*3 and \
   all(list(o['indicators']) == ['1.1','1.2','1.3','2.1','2.2','2.3','3.1','3.2','3.3','4.1','4.2','4.3','5.1','5.2','5.3'] and \
       list(o['criteria']) == ['K1','K2','K3','K4','K5'] for o in d['organisations'])"
check "hand-worked values" json "$dir/out.json" \
  "[(o['org'], o['respondents'], o['criteria']['K1'], o['total']) for o in d['organisations']] == \
   [('lib1', 2, 83.25, 78.05), ('mus1', 0, 100, None), ('pol1', 1, 73, 84.66)]"
check "null where there is no data" json "$dir/out.json" \
  "d['organisations'][1]['indicators']['4.1'] is None and '4.1' in d['organisations'][1]['missing']"
check "numbers are plain decimals" bash -c "! grep -q '[0-9]E' '$dir/out.json'"

score --format csv >"$dir/out.csv"
check "CSV header" bash -c "head -1 '$dir/out.csv' | grep -q '^org,respondents,1.1,1.2,'"
check "CSV row" grep -q '^lib1,2,77.5,100,75,60,,50,' "$dir/out.csv"

score --orgs "$dir/orgs.csv" >"$dir/reg.json"
check "--orgs gives spheres, sample targets and flags" json "$dir/reg.json" \
  "[(o['sphere'], o['sample']['target'], o['flags']) for o in d['organisations']] == \
   [('culture', 40, ['sample_below_target']), ('culture', None, []), ('health', 600, ['sample_below_target'])]"
score --orgs "$dir/orgs.csv" --group-by sphere >"$dir/g.json"
check "group means by sphere" json "$dir/g.json" \
  "[(g['key'], g['organisations'], g['with_total'], g['total']) for g in d['groups']] == [('culture', 2, 1, 78.05), ('health', 1, 1, 84.66)]"
score --orgs "$dir/orgs.csv" --group-by region --format csv >"$dir/g.csv"
check "groups as CSV" grep -q '^region,77,Москва,2,2,' "$dir/g.csv"

db="sqlite:$dir/nok.db"
"$nok" import-orgs --db "$db" "$dir/orgs.csv" >/dev/null
score --db "$db" --group-by authority >"$dir/db.json"
check "group by authority from --db" json "$dir/db.json" \
  "[g['key'] for g in d['groups']] == ['Департамент здравоохранения', 'Департамент культуры', 'Министерство культуры МО']"

printf 'org,comfort,politeness,information,booking,accessibility\nlib1,5,4,,,\nlib1,3,,,,1\n' >"$dir/p.csv"
score --ratings "$dir/p.csv" >"$dir/p.json"
check "ratings in points beside the indicators" json "$dir/p.json" \
  "d['organisations'][0]['ratings']['comfort'] == {'count': 2, 'average': 4, 'distribution': [0,0,1,0,1]} and \
   d['organisations'][1]['ratings']['comfort']['average'] is None"

# What Excel writes: a BOM, semicolons, CRLF.
python3 - "$dir/r.csv" "$dir/excel.csv" <<'PY'
import sys
rows = open(sys.argv[1], encoding='utf-8').read().split('\n')
open(sys.argv[2], 'w', encoding='utf-8', newline='').write('\ufeff' + '\r\n'.join(r.replace(',', ';').replace('книг; пожалуйста', 'книг, пожалуйста') for r in rows))
PY
check "Excel CSV scores the same" bash -c "'$nok' score --responses '$dir/excel.csv' --expert '$dir/e.csv' | cmp -s - '$dir/out.json'"

{ cat "$dir/r.csv"; echo 'lib1,fax,2026-03-01,0,1,,,,,,,,,,,,,1,,,'; echo 'lib1,web,yesterday,1,1,1,1,,1,0,,1,1,0,,1,1,1,,,'; } >"$dir/bad.csv"
"$nok" score --responses "$dir/bad.csv" --expert "$dir/e.csv" >"$dir/stdout.txt" 2>"$dir/err.txt"
check "a bad row fails the whole run" test $? -eq 1
check "nothing on stdout" test ! -s "$dir/stdout.txt"
check "every error with its line" bash -c "grep -q 'строка 6, столбец channel' '$dir/err.txt' && grep -q 'строка 6, столбец stand_ok' '$dir/err.txt' && grep -q 'строка 7, столбец collected_at' '$dir/err.txt'"

printf 'org,info_stand,info_stand_required,info_site,info_site_required,remote_channels,comfort_conditions,wait_days,premises_access,service_access\nghost,1,1,1,1,1,1,,1,1\n' >"$dir/ghost.csv"
"$nok" score --responses "$dir/r.csv" --expert "$dir/ghost.csv" --orgs "$dir/orgs.csv" >/dev/null 2>"$dir/err.txt"
check "unknown organisation with a registry fails" test $? -eq 1
check "and is named with its line" grep -q 'строка 2, столбец org: организации «ghost» нет в реестре' "$dir/err.txt"

score --group-by region >/dev/null 2>"$dir/err.txt"
check "group-by without a registry fails" test $? -eq 1
check "and says what is needed" grep -q 'нужен реестр организаций' "$dir/err.txt"
score --methodology 344n-1999 >/dev/null 2>&1
check "unknown methodology fails" test $? -eq 1
score --format xml >/dev/null 2>&1
check "bad --format exits 2" test $? -eq 2
check "missing file is a clear error" bash -c "'$nok' score --responses '$dir/none.csv' --expert '$dir/e.csv' 2>&1 | grep -q 'не удалось открыть'"

# Editions as files: another K1 weighting, checked, scored without a database, then added.
edition=$(dirname "$0")/../../data/editions/methodology-344n-2019.json
python3 - "$edition" "$dir" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["id"] = "test-k1"
d["criteria"][0]["variants"] = [{"1.1": 0.5, "1.2": 0.25, "1.3": 0.25}]
open(sys.argv[2] + "/k1.json", "w").write(json.dumps(d, ensure_ascii=False, indent=2))
d["criteria"][0]["variants"] = [{"1.1": 0.5, "1.2": 0.25, "1.3": 0.2}]
open(sys.argv[2] + "/sum.json", "w").write(json.dumps(d, ensure_ascii=False, indent=2))
PY
check "methodology check passes the shipped editions" "$nok" methodology check "$(dirname "$edition")"/*.json
check "methodology check passes a changed edition" "$nok" methodology check "$dir/k1.json"
"$nok" methodology check "$dir/sum.json" 2>"$dir/err.txt"
check "weights that do not sum to 1 fail" test $? -eq 1
check "and are named by file, line and field" grep -q "sum.json:[0-9]*: /criteria/0/variants/0: сумма весов — 0,95" "$dir/err.txt"
score --methodology-file "$dir/k1.json" >"$dir/k1-out.json"
check "--methodology-file scores with the file's edition" json "$dir/k1-out.json" \
  "d['methodology'] == 'test-k1' and d['organisations'][0]['criteria']['K1'] == 82.5"
score --methodology-file "$dir/sum.json" >/dev/null 2>"$dir/err.txt"
check "--methodology-file with a faulty edition fails" test $? -eq 1
check "and names the line" grep -q "sum.json: строка [0-9]*" "$dir/err.txt"
"$nok" import-orgs --db "sqlite:$dir/ed.db" "$dir/orgs.csv" >/dev/null
check "methodology add stores the edition" bash -c "'$nok' methodology add '$dir/k1.json' --db 'sqlite:$dir/ed.db' | grep -q добавлено"
check "adding it again changes nothing" bash -c "'$nok' methodology add '$dir/k1.json' --db 'sqlite:$dir/ed.db' | grep -q 'не изменилось'"
check "--methodology finds an added edition in --db" bash -c \
  "'$nok' score --responses '$dir/r.csv' --expert '$dir/e.csv' --db 'sqlite:$dir/ed.db' --methodology test-k1 | grep -q '\"K1\": 82.5'"
"$nok" methodology add "$edition" --db "sqlite:$dir/ed.db" >/dev/null 2>"$dir/err.txt"
check "a shipped edition cannot be added over" grep -q 'поставляется с программой' "$dir/err.txt"

# A questionnaire as data: an edition that names it reads only beside it, then from --db.
python3 - "$(dirname "$edition")/questionnaire-675n-2018-timely.json" "$dir" <<'PY'
import json, sys
q = json.load(open(sys.argv[1]))
q["id"] = "test-2027/all"
q["questions"][0]["wording"] = "Пользовались ли вы стендом в вестибюле?"
q["age"] = {"min": 14, "max": 60}  # the shipped form takes the 70-year-old of r.csv; this one does not
open(sys.argv[2] + "/q.json", "w").write(json.dumps(q, ensure_ascii=False, indent=2))
m = {"format": "nok-methodology/1", "id": "test-q", "extends": "344n-2019", "title": "Т",
     "questionnaires": {"default": "test-2027/all"}}
open(sys.argv[2] + "/mq.json", "w").write(json.dumps(m, ensure_ascii=False))
PY
"$nok" methodology check "$dir/mq.json" 2>"$dir/err.txt"
check "an edition naming an unknown questionnaire fails" grep -q 'edition_unknown_questionnaire' "$dir/err.txt"
check "and passes beside the questionnaire's file" "$nok" methodology check "$dir/mq.json" "$dir/q.json"
score --methodology-file "$dir/mq.json" --edition-file "$dir/q.json" >/dev/null 2>"$dir/err.txt"
check "score checks answers against the questionnaire from --edition-file" grep -q 'строка 3, столбец age' "$dir/err.txt"
score --edition-file "$dir/q.json" >/dev/null 2>&1
check "--edition-file alone is a usage error" test $? -eq 2
"$nok" methodology add "$dir/mq.json" --db "sqlite:$dir/ed.db" >/dev/null 2>&1
check "an edition cannot be added before its questionnaire" test $? -eq 1
check "methodology add stores a questionnaire" bash -c "'$nok' methodology add '$dir/q.json' --db 'sqlite:$dir/ed.db' | grep -q добавлено"
check "then the edition that names it" bash -c "'$nok' methodology add '$dir/mq.json' --db 'sqlite:$dir/ed.db' | grep -q добавлено"
check "list names the added questionnaire" bash -c "'$nok' methodology list --db 'sqlite:$dir/ed.db' | grep -q '^test-2027/all.анкета добавлена'"
sed -i 's/в вестибюле/в холле/' "$dir/q.json"
"$nok" methodology add "$dir/q.json" --db "sqlite:$dir/ed.db" >/dev/null 2>"$dir/err.txt"
check "a named questionnaire never changes" grep -q 'edition_in_use\|её нельзя изменить' "$dir/err.txt"

finish score
