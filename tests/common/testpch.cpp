// SPDX-License-Identifier: GPL-3.0-or-later
// The program that makes a test precompiled header (tests/CMakeLists.txt, voc_test_pch_holder): an
// executable like the tests, so that it compiles with their flags. It does nothing.
int main()
{
    return 0;
}
