#pragma once

#include "linesyntax.h"
#include "report.h"
#include "stringcache.h"
#include "urlpolicy.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>

namespace Turnpoint {

// Reads a report's lines, one pass and one line at a time, into a Report: the title, the header
// (period, declared count), turning point headings, entries, fields, sources and notes, and a
// Diagnostic for each problem. How it decides, where report-format.md is silent, is said at the
// top of reportstatemachine.cpp. Private to the model library: ReportParser is the way in.
class ReportStateMachine {
public:
    // `size`: of the whole input (characters or bytes), to bound what a declared turning point
    // count may reserve.
    ReportStateMachine(QStringView text, Report &report, const std::atomic<bool> *cancelled,
                       qsizetype size = -1)
        : m_text(text)
        , m_report(report)
        , m_cancelled(cancelled)
        , m_size(size < 0 ? text.size() : size) {}

    // The whole text given to the constructor.
    void run();
    // Or the text a piece at a time (the constructor's text empty): complete lines, the last
    // piece may end without a line end; then finish(), unless cancelled.
    void feed(QStringView text);
    bool cancelledNow() const {
        return m_cancelled && m_cancelled->load(std::memory_order_relaxed);
    }
    bool anyText() const { return m_anyText; }

    // For parsing one part of a report (parseInParallel()): the text given to feed() starts at
    // a turning point heading on line `lineNo` + 1, after the report's header.
    void continueAt(int lineNo) {
        m_titleDone = true;
        m_anyText = true;
        m_lineNo = lineNo;
        m_continuation = true;
    }
    // A part's end instead of finish(): the report-wide checks are made on the joined report.
    void finishPart() { squeezeLastTurningPoint(); }
    // The last dated turning point seen (invalid date: none), for the date order check across
    // parts.
    const PartialDate &lastDate() const { return m_previousDate; }
    int lastDateLine() const { return m_previousDateLine; }
    // In a part, where the date order check of its first dated turning point belongs: the
    // index in the diagnostics, line and column (line 0: no dated turning point).
    struct OrderCheck {
        qsizetype diagnosticIndex = 0;
        int line = 0;
        int column = 1;
        PartialDate date;
    };
    const OrderCheck &firstOrderCheck() const { return m_firstOrderCheck; }
    void finish();

private:
    void processLine(QStringView line);
    bool tryHeading(QStringView t);
    bool tryHeaderLine(QStringView t);
    void headerLine(QStringView t);
    void bodyLine(QStringView t);
    void parseConfidence(TurningPoint &tp, QStringView text, bool keywordFound);
    void parseHeadingDate(TurningPoint &tp, QStringView dateText);
    void openEntry(const LineSyntax::KeyValue &kv, bool bulleted);
    void addField(const LineSyntax::KeyValue &kv, QStringView t);
    void addSources(const LineSyntax::KeyValue &kv, QStringView t);
    void updateEntryDate(const LineSyntax::KeyValue &kv);
    void addNote(QStringView t);
    void squeezeLastTurningPoint();

    int column(QStringView part) const { return int(part.data() - m_line.data()) + 1; }
    // `message` builds the text in the current language, now and whenever it is shown again
    // (the window's language can change while the report is open). It must capture copies:
    // the text it refers to is gone after the parse.
    void warn(int column, std::function<QString()> message) {
        m_report.diagnostics.append(
            Diagnostic::make(m_lineNo, column, Diagnostic::Warning, std::move(message)));
    }
    Note note(QStringView t) { return Note{m_lineNo, m_values.get(t)}; }
    TurningPoint &currentTp() { return m_report.turningPoints.last(); }
    Entry &currentEntry() { return m_report.turningPoints.last().entries.last(); }

    QStringView m_text;
    Report &m_report;
    const std::atomic<bool> *m_cancelled;
    qsizetype m_size;
    QStringView m_line; // the current line, untrimmed (columns are counted from here)
    int m_lineNo = 0;
    TextArena m_arena;                        // before the caches, which hold Texts in it
    StringCache<1024, 48> m_strings{m_arena}; // keys, labels, kinds, heading dates, source names
    StringCache<4096, 64> m_values{m_arena};  // values, titles, notes
    QHash<QString, UrlPolicy::Reason> m_urlVerdicts; // URL -> why it is not opened (or None)
    bool m_anyText = false;
    bool m_titleDone = false;
    bool m_continuation = false;
    OrderCheck m_firstOrderCheck;
    // A blank line has occurred in the open entry since it began or since its last bold field:
    // unbolded "Key：Value" lines are notes until the next bold field or entry.
    bool m_entryBroken = false;
    bool m_entryOpen = false;
    bool m_entryBulleted = false;
    bool m_entryKeyedDate = false;
    bool m_entryFallbackDate = false;
    int m_nothingFoundLine = 0;
    PartialDate m_previousDate;
    int m_previousDateLine = 0;
};

} // namespace Turnpoint
