#pragma once

// For loops that look at every character of every file. Under the fuzzer's coverage
// instrumentation (scripts/fuzz) each comparison in them is a call into libFuzzer, which made
// them a third of each run; their branches say nothing about a report's structure that their
// callers' do not, and their own tables test them. The sanitizers still check them.
// Under coverage they are also kept out of line: a function inlined into an instrumented caller
// is instrumented as part of it (the attribute goes with the function, not its code), which
// undid the attribute for the small inline scanners in textscan.h and linesyntax.h.
#if defined(__clang__)
#if __has_feature(coverage_sanitizer)
#define TURNPOINT_NO_COVERAGE __attribute__((no_sanitize("coverage"), noinline))
#else
#define TURNPOINT_NO_COVERAGE __attribute__((no_sanitize("coverage")))
#endif
#else
#define TURNPOINT_NO_COVERAGE
#endif
