#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/test-report against a fake CTest run: suites that print what Qt Test prints, registered
# with the skip pattern voc_add_test gives every suite. Proves: a skipped suite is Skipped in CTest
# and listed with its reason; a skip followed by a sanitizer report is a failure; a skip CTest missed
# (output after the closing lines) is still listed; skips of the fatal areas fail the run; a suite
# not run because the fixture it requires failed is a failure.
#   tst_testreport.sh SOURCE_DIR SKIP_REGEX_FILE
set -euo pipefail
source_dir=$1
regex_file=$2
report=$source_dir/scripts/test-report
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"

fails=0
check() { # description, then a command that must succeed
    local what=$1
    shift
    if "$@"; then echo "PASS   : $what"; else echo "FAIL!  : $what"; fails=$((fails + 1)); fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }
last_line() { [ "$(tail -n 1 <<<"$1")" = "$2" ]; }

suite() { # name (area_case), its output (printf format), exit status, a stray stderr line after it
    printf "$2" >"$tmp/src/$1.out"
    printf 'cat "$(dirname "$0")/%s.out"\n' "$1" >"$tmp/src/$1.sh"
    [ -z "${4:-}" ] || printf 'echo "%s" >&2\n' "$4" >>"$tmp/src/$1.sh"
    echo "exit $3" >>"$tmp/src/$1.sh"
}
end() { printf 'Totals: %s, 0 blacklisted, 5ms\n********* Finished testing of %s *********\n' "$1" "$2"; }
suite unit_pass "PASS   : TestPass::one()\n$(end '3 passed, 0 failed, 0 skipped' TestPass)" 0
suite unit_row "PASS   : TestRow::a(x)\nSKIP   : TestRow::a(unreadable) root reads any file\n   Loc: [t.cpp(9)]\n$(end '2 passed, 0 failed, 1 skipped' TestRow)" 0
suite e2e_root "SKIP   : TestRoot::initTestCase() needs root: run ctest as root\n   Loc: [t.cpp(3)]\n$(end '1 passed, 0 failed, 1 skipped' TestRoot)" 0
suite desktop_late "SKIP   : TestLate::b() qemu-img is missing\n$(end '1 passed, 0 failed, 1 skipped' TestLate)" 0 "QThread: Destroyed while thread is still running"
suite unit_fail "SKIP   : TestFail::a() x\nFAIL!  : TestFail::b() y\n$(end '1 passed, 1 failed, 1 skipped' TestFail)" 1
suite unit_leak "SKIP   : TestLeak::a() z\n$(end '1 passed, 0 failed, 1 skipped' TestLeak)" 1 "==1==ERROR: LeakSanitizer: detected memory leaks"
suite e2e_setup "cannot create the cache directory\n" 1
suite e2e_needs "PASS   : TestNeeds::a()\n$(end '1 passed, 0 failed, 0 skipped' TestNeeds)" 0

cat >"$tmp/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(fake NONE)
enable_testing()
file(READ "$regex_file" skipped)
foreach(name unit_pass unit_row e2e_root desktop_late unit_fail unit_leak e2e_setup e2e_needs)
    string(REPLACE "_" "/" test \${name})
    add_test(NAME \${test} COMMAND sh \${CMAKE_SOURCE_DIR}/\${name}.sh)
    set_tests_properties(\${test} PROPERTIES SKIP_REGULAR_EXPRESSION "\${skipped}")
endforeach()
set_tests_properties(e2e/setup PROPERTIES FIXTURES_SETUP images)
set_tests_properties(e2e/needs PROPERTIES FIXTURES_REQUIRED images)
CMAKE
cmake -S "$tmp/src" -B "$tmp/build" -G Ninja >/dev/null

# Without the failing suites: only skips.
ctest_out=$(cd "$tmp/build" && ctest -E 'fail|leak|setup|needs' 2>&1 || true)
check "CTest shows a suite skipped in initTestCase as skipped" contains "$ctest_out" "e2e/root (Skipped)"
check "CTest shows a suite with one skipped row as skipped" contains "$ctest_out" "unit/row (Skipped)"
out=$("$report" fake="$tmp/build") && rc=0 || rc=$?
check "skips alone do not fail the report" [ "$rc" = 0 ]
check "the reason of an initTestCase skip is listed" contains "$out" "TestRoot::initTestCase() needs root: run ctest as root"
check "the reason of a skipped row is listed" contains "$out" "TestRow::a(unreadable) root reads any file"
check "a skip CTest passed (output after the closing lines) is listed" contains "$out" "desktop/late (fake):"
check "the slowest suites are listed" contains "$out" "== slowest suites"
check "the preset's totals" contains "$out" "fake      4 suites: 1 passed, 0 failed, 3 skipped"
check "the closing line" last_line "$out" "1 passed, 0 failed"

out=$("$report" --fatal-skips "e2e desktop" fake="$tmp/build") && rc=0 || rc=$?
check "fatal skips fail the report" [ "$rc" = 1 ]
check "a fatal skip is named with its reason" contains "$out" "FAILED (skipped): e2e/root (fake): TestRoot::initTestCase() needs root"
check "a fatal skip CTest passed is named too" contains "$out" "FAILED (skipped): desktop/late (fake): TestLate::b() qemu-img is missing"
check "a unit skip is not fatal" lacks "$out" "FAILED (skipped): unit/row"
check "the closing line counts fatal skips as failed" last_line "$out" "1 passed, 2 failed"

# Everything: a failure beside a skip, and a sanitizer report after the closing lines, both fail.
(cd "$tmp/build" && ctest >/dev/null 2>&1 || true)
out=$("$report" --failed-steps 1 fake="$tmp/build") && rc=0 || rc=$?
check "failures fail the report" [ "$rc" = 1 ]
check "a skip with a sanitizer report after it is a failure, not a skip" lacks "$out" "unit/leak (fake):"
check "a suite not run (its fixture failed) is a failure" contains "$out" "e2e/needs  (failed)"
check "failed suites and steps are counted" last_line "$out" "1 passed, 5 failed"

out=$("$report" fake="$tmp/nothing-here") && rc=0 || rc=$?
check "a preset without results says so" contains "$out" "fake      no test results"

# Many suites: the slowest list takes 15 of them, and the report must still read to its end (a
# `head` there killed sort with SIGPIPE once its output outgrew one pipe write: exit 141 on a green run).
mkdir -p "$tmp/many/Testing/Temporary"
for i in $(seq 1 3000); do
    printf '%d/3000 Testing: unit/suite%d\nTest time =   %d.5 sec\nTest Passed.\n' "$i" "$i" "$((i % 97))"
done >"$tmp/many/Testing/Temporary/LastTest.log"
for round in 1 2 3 4 5; do
    out=$("$report" many="$tmp/many") && rc=0 || rc=$?
    check "a green report of 3000 suites exits 0 (round $round)" [ "$rc" = 0 ]
done
check "a green report of 3000 suites ends with its closing line" last_line "$out" "3000 passed, 0 failed"

echo "Totals: $fails failed"
[ "$fails" -eq 0 ]
