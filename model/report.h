#pragma once

#include "partialdate.h"

#include <QList>
#include <QString>

#include <optional>

namespace Turnpoint {

// Plain data produced by the parser. No Qt model code here: the item model, the exporters and
// the tests all read these structs, and the parser never needs to know who consumes them.

struct Diagnostic {
    enum Severity { Warning, Error };

    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 1; // 1-based
    Severity severity = Warning;
    QString message; // translated, for the analyst

    bool isError() const { return severity == Error; }
};

// Text the parser did not turn into structure. Kept where it stood so nothing is lost.
struct Note {
    int line = 0;
    QString text;
};

struct Field {
    int line = 0;
    QString key;
    QString value; // as written, trimmed
};

struct Source {
    int line = 0;
    QString name;        // may be empty (a bare URL)
    QString url;         // as written; may be empty (a name with no URL)
    bool unsafe = false; // url present but not an openable http(s) URL (see UrlPolicy)
};

struct Entry {
    int line = 0;
    QString label; // category in **…**, e.g. 项目名称
    QString title;
    DateSpan date;       // from the first date-like field, invalid when none
    QList<Field> fields; // every key/value line except sources, in document order
    QList<Source> sources;
    QList<Note> notes;
};

struct TurningPoint {
    int line = 0;
    PartialDate date;                 // invalid: undated (missing or unreadable)
    QString dateText;                 // the date as written in the heading
    QString kind;                     // as written, trimmed; empty when missing
    std::optional<double> confidence; // percent, 0-100
    bool nothingFound = false;
    QList<Entry> entries;
    QList<Note> notes; // includes the "nothing found" sentence

    int sourceCount() const {
        int n = 0;
        for (const Entry &e : entries)
            n += int(e.sources.size());
        return n;
    }
};

struct Report {
    QString file;     // file name (or URL) the report came from, as the user named it
    QString encoding; // detected encoding, e.g. "UTF-8", "UTF-16LE", "GB18030"
    QString title;
    int titleLine = 0;
    PartialDate periodStart;
    PartialDate periodEnd;
    int periodLine = 0; // line of the analysis period; 0 when absent
    std::optional<int> declaredTurningPoints;
    int declaredTurningPointsLine = 0; // line of the declared count; 0 when absent
    QList<Note> notes;
    QList<TurningPoint> turningPoints;
    QList<Diagnostic> diagnostics;

    // A report with an error diagnostic could not be used at all (binary, empty, no turning
    // point heading); callers must not replace anything already loaded with it.
    bool isUsable() const {
        for (const Diagnostic &d : diagnostics)
            if (d.isError())
                return false;
        return true;
    }
};

} // namespace Turnpoint
