#pragma once

#include "compactlist.h"
#include "partialdate.h"
#include "text.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Turnpoint {

// Plain data produced by the parser. No Qt model code here: the item model, the exporters and
// the tests all read these structs, and the parser never needs to know who consumes them.
//
// A large report has millions of these, so they are small: report text is a Text (eight bytes,
// characters in the parser's arena) and lists below the report are CompactLists (one pointer).
// Both are values with QString/QList-like interfaces; a Text converts to QString implicitly.

struct Diagnostic {
    enum Severity { Warning, Error };

    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 1; // 1-based
    Severity severity = Warning;
    QString message; // for the analyst, in the language of the moment it was found
    // Builds `message` again in the current language (the window's language can change while
    // a report is open). Empty for messages that need no translation.
    std::function<QString()> translated = {};

    bool isError() const { return severity == Error; }
    // The message in the current language.
    QString text() const { return translated ? translated() : message; }

    static Diagnostic make(int line, int column, Severity severity,
                           std::function<QString()> message) {
        Diagnostic d{line, column, severity, message(), {}};
        d.translated = std::move(message);
        return d;
    }
};

// Text the parser did not turn into structure. Kept where it stood so nothing is lost.
struct Note {
    int line = 0;
    Text text;
};

struct Field {
    int line = 0;
    Text key;
    Text value; // as written, trimmed
};

struct Source {
    int line = 0;
    Text name;           // may be empty (a bare URL)
    Text url;            // as written; may be empty (a name with no URL)
    bool unsafe = false; // url present but not an openable http(s) URL (see UrlPolicy)
};

struct Entry {
    int line = 0;
    Text label; // category in **…**, e.g. 项目名称
    Text title;
    DateSpan date;             // from the first date-like field, invalid when none
    CompactList<Field> fields; // every key/value line except sources, in document order
    CompactList<Source> sources;
    CompactList<Note> notes;
};

struct TurningPoint {
    int line = 0;
    PartialDate date;                 // invalid: undated (missing or unreadable)
    Text dateText;                    // the date as written in the heading
    Text kind;                        // as written, trimmed; empty when missing
    std::optional<double> confidence; // percent, 0-100
    bool nothingFound = false;
    CompactList<Entry> entries;
    CompactList<Note> notes; // includes the "nothing found" sentence

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
    CompactList<Note> notes;
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

Q_DECLARE_TYPEINFO(Turnpoint::Note, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Turnpoint::Field, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Turnpoint::Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Turnpoint::Entry, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Turnpoint::TurningPoint, Q_RELOCATABLE_TYPE);
