#pragma once

// For loops that look at every character of every file. Under the fuzzer's coverage
// instrumentation (scripts/fuzz) each comparison in them is a call into libFuzzer, which made
// them a third of each run; their branches say nothing about a report's structure that their
// callers' do not, and their own tables test them. The sanitizers still check them.
#if defined(__clang__)
#define TURNPOINT_NO_COVERAGE __attribute__((no_sanitize("coverage")))
#else
#define TURNPOINT_NO_COVERAGE
#endif
