#include "reporttitle.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Turnpoint {

namespace {

bool isHan(QChar c) {
    return c.script() == QChar::Script_Han;
}

// 省 / 自治区 / 市 / 特别行政区 closing a run of Han characters at the start of the title. The
// region is the shortest such prefix: in "北京市市场监管…" it ends at the first 市.
ReportTitle parseChinese(QStringView title) {
    static const std::array<QStringView, 4> suffixes = {u"特别行政区", u"自治区", u"省", u"市"};
    // Short enough to be a place name: 新疆维吾尔自治区 is the longest province-level one (8).
    constexpr qsizetype MaxRegion = 10;
    ReportTitle result;
    qsizetype regionEnd = -1;
    for (qsizetype i = 0; i < std::min(title.size(), MaxRegion) && regionEnd < 0; ++i) {
        if (!isHan(title.at(i)))
            return result;
        for (QStringView suffix : suffixes) {
            // At least two characters before the suffix: "省级…" is not a region.
            if (i >= 2 && title.mid(i).startsWith(suffix)) {
                regionEnd = i + suffix.size();
                break;
            }
        }
    }
    if (regionEnd < 0)
        return result;
    result.region = title.left(regionEnd).toString();

    // The sector follows at once and ends with 部门 / 行业 / 领域: 工业部门, 交通运输行业.
    static const std::array<QStringView, 3> sectorEnds = {u"部门", u"行业", u"领域"};
    constexpr qsizetype MaxSector = 10;
    const QStringView rest = title.mid(regionEnd);
    for (qsizetype i = 1; i < std::min(rest.size(), MaxSector); ++i) {
        if (!isHan(rest.at(i - 1)))
            break;
        for (QStringView end : sectorEnds) {
            if (rest.mid(i).startsWith(end)) {
                result.sector = rest.left(i + end.size()).toString();
                return result;
            }
        }
    }
    return result;
}

ReportTitle parseEnglish(const QString &title) {
    ReportTitle result;
    // "<words> Sector" with the sector's own name one or more capitalised words before it.
    static const QRegularExpression withSuffix(
        QStringLiteral("^\\s*(.+?\\s(?:Province|Autonomous Region|Special Administrative Region|"
                       "Municipality|City))\\s+((?:[A-Z][\\w&-]*\\s+)+Sector)\\b"));
    QRegularExpressionMatch m = withSuffix.match(title);
    if (m.hasMatch()) {
        result.region = m.captured(1).simplified();
        result.sector = m.captured(2).simplified();
        return result;
    }
    // No administrative word: the sector is the one word before "Sector", the region what comes
    // before it ("Inner Mongolia Power Sector").
    static const QRegularExpression bare(
        QStringLiteral("^\\s*((?:[A-Z][\\w-]*\\s+)+?)([A-Z][\\w&-]*\\s+Sector)\\b"));
    m = bare.match(title);
    if (m.hasMatch()) {
        result.region = m.captured(1).simplified();
        result.sector = m.captured(2).simplified();
    }
    return result;
}

} // namespace

ReportTitle ReportTitle::parse(const QString &title) {
    const QString t = title.trimmed();
    if (t.isEmpty())
        return {};
    if (isHan(t.at(0)))
        return parseChinese(t);
    return parseEnglish(t);
}

} // namespace Turnpoint
