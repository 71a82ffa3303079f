#include "charttext.h"

#include "datetext.h"
#include "displaytext.h"
#include "report.h"
#include "reportcomparison.h"
#include "timescale.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Turnpoint {

namespace {

constexpr int MaxTooltipEntries = 8;

} // namespace

QString ChartText::entryLine(const Entry &e) {
    if (e.label.isEmpty())
        return e.title;
    //: An entry in a tool tip or list: its label (category) and its title
    return tr("%1: %2").arg(e.label, e.title);
}

QString ChartText::label(const TurningPoint &tp) {
    if (tp.nothingFound)
        //: Short label next to a turning point where the report found nothing
        return tr("nothing found");
    if (tp.entries.isEmpty())
        return {};
    const Entry &e = tp.entries.first();
    return e.title.isEmpty() ? e.label : e.title;
}

QString ChartText::toolTip(const TurningPoint &tp, const MarkerStore::Marker &m,
                           const TurningPointChange *change, const QString *reportFile,
                           const QLocale &loc) {
    QStringList lines;
    const QString date = DateText::partialDate(tp.date, loc);
    //: Tool tip: a date and what the report gave of it, e.g. "Mar 2019 (month)"
    lines.append(tr("%1 (%2)").arg(date, DateText::precisionName(tp.date.precision)));
    //: Tool tip line: the kind of a turning point
    lines.append(tr("Kind: %1").arg(DisplayText::kind(tp.kind)));
    //: Tool tip line: the confidence of a turning point
    lines.append(tr("Confidence: %1").arg(DisplayText::confidence(tp.confidence, loc)));
    if (tp.nothingFound) {
        const QString sentence = tp.notes.isEmpty() ? QString() : tp.notes.first().text.toString();
        //: Tool tip line: the report found nothing in this period, then its sentence
        lines.append(tr("Nothing found: %1").arg(sentence));
    }
    for (int e = 0; e < tp.entries.size() && e < MaxTooltipEntries; ++e)
        lines.append(QStringLiteral("• ") + entryLine(tp.entries.at(e)));
    if (tp.entries.size() > MaxTooltipEntries)
        //: Tool tip line after the first entries of a long list
        lines.append(tr("… and %1 more").arg(tp.entries.size() - MaxTooltipEntries));
    if (reportFile)
        lines.append(DisplayText::fileName(*reportFile));
    if (!m.has(MarkerStore::Passes))
        //: Tool tip line of a faint marker below the confidence threshold
        lines.append(tr("Below the confidence threshold"));
    if (change) {
        if (change->change == ChangeKind::Added)
            //: Tool tip line: the turning point is new compared with the earlier version
            lines.append(tr("Added in this version"));
        else if (change->rescored && change->confidenceDelta)
            //: Tool tip line: the confidence changed from the earlier version, e.g. "60% → 72%"
            lines.append(
                tr("Re-scored: %1 → %2")
                    .arg(DisplayText::confidence(
                             m.confidenceValue().value_or(0) - *change->confidenceDelta, loc),
                         DisplayText::confidence(tp.confidence, loc)));
        else if (change->change == ChangeKind::Modified)
            //: Tool tip line: the turning point differs from the earlier version
            lines.append(tr("Modified in this version"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::columnToolTip(const TimelinePlotItem::Column &c, bool showGhosts,
                                 const QLocale &loc) {
    const DensityBins::Aggregate &a = c.aggregate;
    QStringList lines;
    const QDate first = TimeScale::dateAt(c.startTime);
    const QDate last = std::max(first, TimeScale::dateAt(std::nextafter(c.endTime, c.startTime)));
    lines.append(first == last
                     ? DateText::day(first, loc)
                     //: Tool tip of a column of the dense chart: its first and last day
                     : tr("%1 – %2").arg(DateText::day(first, loc), DateText::day(last, loc)));
    //: Tool tip of a column of the dense chart: how many turning points are in it
    lines.append(tr("%n turning point(s)", nullptr, a.passing));
    if (a.passing > 0)
        //: Tool tip of a column of the dense chart: lowest and highest confidence in it
        lines.append(tr("Confidence %1–%2%").arg(a.passMin).arg(a.passMax));
    if (showGhosts && a.ghosts > 0)
        //: Tool tip of a column of the dense chart: faint turning points below the threshold
        lines.append(tr("%n below the confidence threshold", nullptr, a.ghosts));
    if (a.passMatch || (showGhosts && a.ghostMatch))
        //: Tool tip of a column of the dense chart
        lines.append(tr("Contains matches of the search"));
    if (a.passEmphasis || (showGhosts && a.ghostEmphasis))
        //: Tool tip of a column of the dense chart: it holds emphasised turning points
        //: (e.g. those citing the source selected in the Sources view)
        lines.append(tr("Contains highlighted turning points"));
    //: Tool tip of a column of the dense chart
    lines.append(tr("Click to zoom in"));
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::removedToolTip(const TurningPoint &tp, const QLocale &loc) {
    //: Tool tip of the hollow ghost of a turning point the earlier version had
    QStringList lines{tr("Removed in this version")};
    lines.append(DateText::partialDate(tp.date, loc));
    lines.append(tr("Kind: %1").arg(DisplayText::kind(tp.kind)));
    lines.append(tr("Confidence: %1").arg(DisplayText::confidence(tp.confidence, loc)));
    for (int e = 0; e < tp.entries.size() && e < MaxTooltipEntries; ++e)
        lines.append(QStringLiteral("• ") + entryLine(tp.entries.at(e)));
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::scoreDelta(long rounded) {
    //: Badge next to a re-scored turning point in lanes mode: the confidence change in
    //: percentage points, e.g. "+12" or "−8"
    return rounded >= 0 ? tr("+%1").arg(rounded) : tr("−%1").arg(-rounded);
}

QString ChartText::threshold(int percent) {
    //: Label of the threshold line on the chart, e.g. "≥ 60%"
    return tr("≥ %1%").arg(percent);
}

QString ChartText::otherReportsGroup() {
    //: Lanes mode: header of the lanes whose title names no region or sector
    return tr("Other reports");
}

} // namespace Turnpoint
