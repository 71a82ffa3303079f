#include "displaytext.h"

#include <cmath>

namespace Turnpoint {

QString DisplayText::confidence(const std::optional<double> &percent, const QLocale &locale) {
    if (!percent)
        //: Confidence of a turning point whose heading gave none
        return tr("not given");
    const double value = *percent;
    // Whole percentages are what reports usually say; keep a decimal only when there was one.
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    //: A confidence in percent, e.g. "65%"
    return tr("%1%").arg(locale.toString(value, 'f', whole ? 0 : 1));
}

QString DisplayText::kind(const QString &kind) {
    if (kind.isEmpty())
        //: Kind of a turning point whose heading gave none
        return tr("no kind");
    return kind;
}

QString DisplayText::fileName(const QString &file) {
    // Works for local paths, resource paths and URLs alike.
    QString name = file;
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    const qsizetype slash =
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    return slash >= 0 ? name.mid(slash + 1) : name;
}

} // namespace Turnpoint
