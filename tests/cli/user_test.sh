#!/usr/bin/env bash
# `nok user add` as the first administrator runs it: a link to set the password, or a
# password from stdin; wrong roles, scopes and taken logins are refused with a reason.
# Usage: user_test.sh PATH/TO/nok
set -uo pipefail
nok=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "$0")/check.sh"
export NOK_DB="sqlite:$dir/nok.db" NOK_PUBLIC_URL="https://nok.example.ru"
sql() { sqlite3 "$dir/nok.db" "$1"; }

"$nok" demo --orgs 5 >/dev/null
org=$(sql "SELECT code FROM organisations LIMIT 1")
authority=$(sql "SELECT name FROM authorities LIMIT 1")

check "user --help" bash -c "'$nok' user --help | grep -q 'user add'"
check "a link to set the password" bash -c \
  "'$nok' user add --login ivanova --role org_staff --org '$org' | grep -Eq '^https://nok\.example\.ru/staff/password\?token=[A-Za-z0-9_-]{40,}$'"
check "the account is bound to its organisation" test "$(sql "SELECT o.code FROM users u JOIN organisations o ON o.id = u.scope_organisation_id WHERE u.login = 'ivanova'")" = "$org"
check "only the link's hash is stored" test "$(sql "SELECT COUNT(*) FROM user_tokens WHERE length(token_hash) = 64")" = 1
check "a password from stdin" bash -c "echo 'длинный пароль 2026' | '$nok' user add --login root --role admin --password-stdin | grep -q 'пароль задан'"
check "stored as argon2id" bash -c "sqlite3 '$dir/nok.db' \"SELECT password_hash FROM users WHERE login = 'root'\" | grep -q '^\\\$argon2id\\\$'"
check "an official of an authority" bash -c "'$nok' user add --login official --role official --authority '$authority' >/dev/null"
check "the creation is audited" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'")" = 3

check "a taken login is refused" bash -c "'$nok' user add --login root --role monitor 2>&1 | grep -q 'уже занят'"
check "an unknown role is refused" bash -c "! '$nok' user add --login x1x --role superuser 2>/dev/null"
check "org_staff needs an organisation" bash -c "'$nok' user add --login x2x --role org_staff 2>&1 | grep -q 'укажите код существующей организации'"
check "a monitor has no scope" bash -c "'$nok' user add --login x3x --role monitor --org '$org' 2>&1 | grep -q 'не нужна'"
check "a short password is refused" bash -c "echo short | '$nok' user add --login x4x --role monitor --password-stdin 2>&1 | grep -q 'не меньше 10'"
check "nothing else was created" test "$(sql "SELECT COUNT(*) FROM users")" = 3

# Operators are registered before their accounts.
check "an operator is registered" bash -c "'$nok' operator add --name 'ООО «Опрос»' --inn 7707083893 | grep -q 'зарегистрирован'"
check "its staff account" bash -c "'$nok' user add --login opros --role operator --operator 'ООО «Опрос»' >/dev/null"
check "a taken operator name is refused" bash -c "'$nok' operator add --name 'ООО «Опрос»' --inn 7707083893 2>&1 | grep -q 'уже зарегистрирован'"
check "a bad ИНН is refused" bash -c "'$nok' operator add --name 'ООО «Другой»' --inn 1234567890 2>&1 | grep -q 'контрольных цифр'"
check "one operator, audited" test "$(sql "SELECT COUNT(*) FROM operators")-$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'operator.create'")" = "1-1"
finish user
