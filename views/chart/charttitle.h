#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QFont;

namespace Turnpoint {

// The chart's title: the titles of the reports shown, joined, elided to the chart's width and
// escaped, since Qt Charts renders the title as HTML and report titles are untrusted text.
class ChartTitle {
public:
    // More of the joined titles than fits any chart's width: past a few hundred characters more
    // would only cost time (a thousand reports' titles took milliseconds to lay out on every
    // pan).
    static constexpr qsizetype MaxLength = 600;

    // Joins `titles` with " · ", cut at MaxLength characters.
    void setTitles(const QStringList &titles);
    const QString &text() const { return m_text; }

    // The title for QChart::setTitle(): the text elided to `width` in `font`, as HTML that
    // displays literally. Eliding lays out the whole text, so it is done again only when the
    // text or the width changed: std::nullopt when both are as at the last call.
    std::optional<QString> html(const QFont &font, double width);
    // The next html() elides again, whatever it is given.
    void invalidate() { m_elidedFor = {}; }

private:
    QString m_text;
    std::pair<QString, double> m_elidedFor; // the text and width html() last elided
};

} // namespace Turnpoint
