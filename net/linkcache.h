#pragma once

#include "linkcheckresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Turnpoint {

// Link check results on disk, so that looking at the same reports again does not hit every
// server again. One JSON file (by default in QStandardPaths::CacheLocation); entries are reused
// for maxAge (24 h) after they were checked. Only verdicts the server gave (ok, redirected,
// broken) are stored: a timeout or a refused connection is usually transient and is retried
// on the next run instead of being remembered for a day.
class LinkCache {
public:
    static constexpr qint64 MaxAgeSecs = 24 * 60 * 60;
    // Keeps the file small however many reports an analyst goes through.
    static constexpr int MaxEntries = 20000;

    explicit LinkCache(const QString &path = defaultPath());

    // <CacheLocation>/link-check-cache.json
    static QString defaultPath();

    QString path() const { return m_path; }
    void setPath(const QString &path);

    // Reads the file; a missing or damaged file is an empty cache (it is only a cache).
    void load();
    // Writes the file atomically, merged with what is on disk now so that two windows checking
    // at the same time do not drop each other's results. Expired entries are dropped.
    bool save(const QDateTime &now);

    // The stored result for `url` if it was checked less than maxAge before `now`.
    std::optional<LinkCheckResult> lookup(const QString &url, const QDateTime &now) const;
    // Stores `result` if it is worth keeping (see class comment); returns whether it did.
    bool insert(const LinkCheckResult &result);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

    static bool isCacheable(const LinkCheckResult &result);

private:
    QHash<QString, LinkCheckResult> readFile() const;
    bool isFresh(const LinkCheckResult &result, const QDateTime &now) const;

    QString m_path;
    QHash<QString, LinkCheckResult> m_entries;
};

} // namespace Turnpoint
