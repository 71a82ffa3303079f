#pragma once

#include <QElapsedTimer>

#include <vector>

// Numbers shared by the component and the window benchmarks.
namespace BenchStats {

// NaN for no samples.
double median(std::vector<double> v);
// Nearest-rank percentile; NaN for no samples.
double percentile(std::vector<double> v, double p);
double msSince(const QElapsedTimer &t);
// Peak resident set size of this process so far (VmHWM), in bytes; NaN when unknown.
double peakRssBytes();

} // namespace BenchStats
