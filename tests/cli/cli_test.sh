#!/usr/bin/env bash
# The `nok` command as an operator uses it: verbs, help, imports that are all-or-nothing,
# and clear failures for a file that is not a database and an unreachable PostgreSQL.
# Usage: cli_test.sh PATH/TO/nok
set -uo pipefail
nok=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "$0")/check.sh"
db="sqlite:$dir/nok.db"
count() { sqlite3 "$dir/nok.db" "SELECT COUNT(*) FROM organisations"; }

for verb in serve migrate import-orgs demo version; do
  check "$verb --help" bash -c "'$nok' $verb --help | grep -q usage"
done
check "unknown verb exits 2" bash -c "'$nok' frobnicate 2>/dev/null; [ \$? -eq 2 ]"
check "version" bash -c "'$nok' version | grep -q '^nok '"
check "migrate" bash -c "'$nok' migrate --db '$db' | grep -q 'версия схемы'"
check "outbox send --help" bash -c "'$nok' outbox send --help | grep -q usage"
check "outbox send without mail or SMS exits 2" bash -c "env -u NOK_SMTP_URL -u NOK_MAIL_OUTBOX -u NOK_SMS_URL -u NOK_SMS_OUTBOX '$nok' outbox send --db '$db' 2>/dev/null; [ \$? -eq 2 ]"
check "outbox send on an empty queue" bash -c "mkdir -p '$dir/mail' && NOK_MAIL_OUTBOX='$dir/mail' '$nok' outbox send --db '$db' | grep -q 'отправлено: 0'"

printf 'code,inn,full_name,short_name,region,sphere,level,authority,address,website,recipients\n' >"$dir/good.csv"
printf 'sch1,7707083893,"Школа № 1, имени Пушкина",Школа № 1,77,education,municipal,Департамент,"г. Москва, ул. Мира, 1",https://s1.example.ru,900\n' >>"$dir/good.csv"
printf 'lib1,7707083893,Библиотека,Библиотека,50,culture,regional,,,,3000\n' >>"$dir/good.csv"
check "import good file" bash -c "'$nok' import-orgs --db '$db' '$dir/good.csv' | grep -q 'новых организаций 2,'"
check "reimport updates, never duplicates" bash -c "'$nok' import-orgs --db '$db' '$dir/good.csv' | grep -q 'новых организаций 0, обновлено 2'"
check "two organisations stored" test "$(count)" = 2

# A website the school's staff changed in the cabinet (as the cabinet saves it) is theirs:
# a re-import keeps it and says so by line; --overwrite-profile takes the registry's.
website() { sqlite3 "$dir/nok.db" "SELECT website FROM organisations WHERE code = 'sch1'"; }
sqlite3 "$dir/nok.db" "UPDATE organisations SET website = 'https://mine.example.ru', website_edited_at = '2026-05-01T10:00:00Z' WHERE code = 'sch1'"
check "reimport with a staff edit" bash -c "'$nok' import-orgs --db '$db' '$dir/good.csv' >'$dir/out.txt'"
check "the staff's edit is reported by line" grep -qF "good.csv: строка 2, столбец website: у sch1 оставлен сайт, изменённый сотрудниками организации 2026-05-01T10:00:00Z: «https://mine.example.ru»; в реестре «https://s1.example.ru»" "$dir/out.txt"
check "the summary names the flag" grep -qF "правки сотрудников организаций оставлены: 1 (значения реестра записывает nok import-orgs --overwrite-profile)" "$dir/out.txt"
check "the staff's edit is kept" test "$(website)" = https://mine.example.ru
check "reimport with --overwrite-profile" bash -c "'$nok' import-orgs --db '$db' --overwrite-profile '$dir/good.csv' >'$dir/out.txt'"
check "the overwrite is reported by line" grep -qF "good.csv: строка 2, столбец website: у sch1 записан сайт из реестра «https://s1.example.ru» вместо изменённого сотрудниками организации 2026-05-01T10:00:00Z: «https://mine.example.ru»" "$dir/out.txt"
check "the registry's value is stored" test "$(website)" = https://s1.example.ru
check "then the next reimport has nothing to report" bash -c "! '$nok' import-orgs --db '$db' '$dir/good.csv' | grep -q 'столбец website'"
check "--help explains --overwrite-profile" bash -c "'$nok' import-orgs --help | grep -q -- --overwrite-profile"

printf 'code,inn,full_name,region,sphere\nnew1,7707083893,Новая,77,education\nbad,7707083894,Плохой ИНН,77,education\nbad2,7707083893,,99,sport\n' >"$dir/bad.csv"
check "bad import exits non-zero" bash -c "! '$nok' import-orgs --db '$db' '$dir/bad.csv' 2>'$dir/err.txt'"
check "every error has its line" bash -c "grep -q 'строка 3' '$dir/err.txt' && grep -q 'строка 4, столбец region' '$dir/err.txt' && grep -q 'строка 4, столбец sphere' '$dir/err.txt'"
check "bad import leaves the database unchanged" test "$(count)" = 2

printf '\xef\xbb\xbfcode;inn;full_name;region;sphere\r\nxl1;7707083893;"Музей; краеведческий";01;culture\r\n' >"$dir/excel.csv"
check "Excel CSV (BOM, CRLF, semicolons)" bash -c "'$nok' import-orgs --db '$db' '$dir/excel.csv' | grep -q 'новых организаций 1,'"
check "Excel row stored intact" test "$(sqlite3 "$dir/nok.db" "SELECT full_name FROM organisations WHERE code='xl1'")" = "Музей; краеведческий"

printf 'code,inn,full_name,region,sphere\nt1,7707083893,"Обрезано,77,culture\n' >"$dir/truncated.csv"
check "truncated file is refused" bash -c "! '$nok' import-orgs --db '$db' '$dir/truncated.csv' 2>'$dir/err.txt'"
check "truncation is explained" grep -q 'обрезан' "$dir/err.txt"
check "missing file is a clear error" bash -c "'$nok' import-orgs --db '$db' '$dir/none.csv' 2>&1 | grep -q 'не удалось открыть'"

head -c 4096 /dev/urandom >"$dir/not-a-db.db"
check "a file that is not SQLite is named" bash -c "'$nok' migrate --db 'sqlite:$dir/not-a-db.db' 2>&1 | grep -q 'не является базой данных SQLite'"
check "unreachable PostgreSQL fails fast" bash -c "timeout 20 '$nok' migrate --db 'postgresql://nok@127.0.0.1:1/none' 2>&1 | grep -q 'не удалось подключиться к PostgreSQL'"
check "a read replica of SQLite is refused at start-up (exit 2)" bash -c "NOK_DB_READ=postgresql://nok@127.0.0.1:1/none timeout 20 '$nok' serve --db '$db' --listen 127.0.0.1:0 2>'$dir/err.txt'; [ \$? -eq 2 ] && grep -q 'реплика для чтения' '$dir/err.txt'"

check "demo is deterministic" bash -c "'$nok' demo --db 'sqlite:$dir/a.db' --orgs 300 --seed 5 >/dev/null && '$nok' demo --db 'sqlite:$dir/b.db' --orgs 300 --seed 5 >/dev/null && [ \"\$(sqlite3 '$dir/a.db' 'SELECT group_concat(code||full_name) FROM (SELECT * FROM organisations ORDER BY code)')\" = \"\$(sqlite3 '$dir/b.db' 'SELECT group_concat(code||full_name) FROM (SELECT * FROM organisations ORDER BY code)')\" ]"
last_year=$(( $(date -u +%Y) - 1 ))
check "demo publishes last year's results" test "$(sqlite3 "$dir/a.db" "SELECT COUNT(*) > 0 FROM cycles WHERE year = $last_year AND state = 'published'")" = 1
check "each through the council's approval" test "$(sqlite3 "$dir/a.db" "SELECT COUNT(*) FROM cycles WHERE year = $last_year AND state = 'published'")" = "$(sqlite3 "$dir/a.db" "SELECT COUNT(*) FROM cycle_steps WHERE event = 'approve'")"

finish cli
