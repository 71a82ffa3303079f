#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace Turnpoint {

// Small pieces of UI text shared by the chart, the outline, the detail panel and the exporter,
// so a confidence or a missing kind reads the same everywhere.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // "65%", "67.5%", or "not given".
    static QString confidence(const std::optional<double> &percent, const QLocale &locale);
    // The kind as written, or "no kind" when the report gave none.
    static QString kind(const QString &kind);
    // The file name shown for a report: the last path component of a path or URL.
    static QString fileName(const QString &file);
};

} // namespace Turnpoint
