#include "linkcache.h"
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace Turnpoint {

namespace {
const QLatin1String FormatName("turnpoint-link-cache");
constexpr int FormatVersion = 1;
// A cache file is a few hundred bytes per URL; anything far bigger is not ours.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
} // namespace

LinkCache::LinkCache(const QString &path)
    : m_path(path) {}

QString LinkCache::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/link-check-cache.json");
}

void LinkCache::setPath(const QString &path) {
    if (path == m_path)
        return;
    m_path = path;
    m_entries.clear();
}

bool LinkCache::isCacheable(const LinkCheckResult &result) {
    return !result.url.isEmpty() && result.checkedAt.isValid() &&
           (result.status == LinkCheckResult::Ok || result.status == LinkCheckResult::Redirected ||
            result.status == LinkCheckResult::Broken);
}

bool LinkCache::isFresh(const LinkCheckResult &result, const QDateTime &now) const {
    const qint64 age = result.checkedAt.secsTo(now);
    // A result from the future means the clock was changed: do not trust it.
    return age >= 0 && age < MaxAgeSecs;
}

QHash<QString, LinkCheckResult> LinkCache::readFile() const {
    QHash<QString, LinkCheckResult> entries;
    if (m_path.isEmpty())
        return entries;
    QFile file(m_path);
    if (file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
        return entries;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != FormatName ||
        root.value(QLatin1String("version")).toInt() != FormatVersion)
        return entries;
    const QJsonArray list = root.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        LinkCheckResult r;
        r.url = o.value(QLatin1String("url")).toString();
        const auto status =
            LinkCheckResult::statusFromName(o.value(QLatin1String("status")).toString());
        r.httpCode = o.value(QLatin1String("http_code")).toInt();
        r.finalUrl = o.value(QLatin1String("final_url")).toString();
        r.message = o.value(QLatin1String("message")).toString();
        r.checkedAt =
            QDateTime::fromString(o.value(QLatin1String("checked")).toString(), Qt::ISODate);
        if (!status)
            continue;
        r.status = *status;
        if (isCacheable(r))
            entries.insert(r.url, r);
    }
    return entries;
}

void LinkCache::load() {
    m_entries = readFile();
}

std::optional<LinkCheckResult> LinkCache::lookup(const QString &url, const QDateTime &now) const {
    const auto it = m_entries.constFind(url);
    if (it == m_entries.constEnd() || !isFresh(*it, now))
        return std::nullopt;
    LinkCheckResult r = *it;
    r.fromCache = true;
    return r;
}

bool LinkCache::insert(const LinkCheckResult &result) {
    if (!isCacheable(result))
        return false;
    LinkCheckResult stored = result;
    stored.fromCache = false;
    m_entries.insert(stored.url, stored);
    return true;
}

bool LinkCache::save(const QDateTime &now) {
    if (m_path.isEmpty())
        return false;
    // Merge: keep the newer of ours and theirs for every URL.
    const QHash<QString, LinkCheckResult> onDisk = readFile();
    for (auto it = onDisk.constBegin(); it != onDisk.constEnd(); ++it) {
        const auto mine = m_entries.constFind(it.key());
        if (mine == m_entries.constEnd() || mine->checkedAt < it->checkedAt)
            m_entries.insert(it.key(), *it);
    }
    std::vector<const LinkCheckResult *> keep;
    keep.reserve(size_t(m_entries.size()));
    for (const LinkCheckResult &r : std::as_const(m_entries)) {
        if (isFresh(r, now))
            keep.push_back(&r);
    }
    // Newest first, so the cut at MaxEntries drops the oldest; URL as tie-break keeps the file
    // stable between runs.
    std::sort(keep.begin(), keep.end(), [](const LinkCheckResult *a, const LinkCheckResult *b) {
        if (a->checkedAt != b->checkedAt)
            return a->checkedAt > b->checkedAt;
        return a->url < b->url;
    });
    if (keep.size() > size_t(MaxEntries))
        keep.resize(size_t(MaxEntries));

    QJsonArray list;
    for (const LinkCheckResult *r : keep) {
        list.append(QJsonObject{
            {QStringLiteral("url"), r->url},
            {QStringLiteral("status"), r->statusName()},
            {QStringLiteral("http_code"), r->httpCode},
            {QStringLiteral("final_url"), r->finalUrl},
            {QStringLiteral("message"), r->message},
            {QStringLiteral("checked"), r->checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    QHash<QString, LinkCheckResult> kept;
    for (const LinkCheckResult *r : keep)
        kept.insert(r->url, *r);
    m_entries = std::move(kept);

    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("entries"), list}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact)).isEmpty();
}

} // namespace Turnpoint
