#pragma once

#include "report.h"

#include <QByteArray>

#include <atomic>

namespace Turnpoint {

// A large UTF-8 report cut at turning point headings and parsed on several threads, the result
// the same as one parse's (parallelparse.cpp says how). Private to the model library:
// ReportParser::parseBytes() and parseFile() are the way in.
// False when the bytes are not for this (small, not plain UTF-8, one core, no turning point
// heading to cut at): then parse them whole. True: `report` holds the result (incomplete when
// cancelled, as ReportParser::parseText() leaves it).
// `forcedParts` > 0: that many parts, whatever the size and the cores (tests).
bool parseInParallel(const QByteArray &bytes, Report &report, const std::atomic<bool> *cancelled,
                     int forcedParts = 0);

} // namespace Turnpoint
