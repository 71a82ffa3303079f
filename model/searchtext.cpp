#include "searchtext.h"

#include <QUrl>

namespace Turnpoint {

namespace {

void appendNormalized(QString *haystack, QStringView text) {
    if (text.isEmpty())
        return;
    if (!haystack->isEmpty())
        haystack->append(u'\n');
    haystack->append(SearchText::normalize(text));
}

void appendEntry(QString *haystack, const Entry &e) {
    appendNormalized(haystack, e.label);
    appendNormalized(haystack, e.title);
    for (const Field &f : e.fields) {
        appendNormalized(haystack, f.key);
        appendNormalized(haystack, f.value);
    }
    for (const Note &n : e.notes)
        appendNormalized(haystack, n.text);
    for (const Source &s : e.sources) {
        appendNormalized(haystack, s.name);
        appendNormalized(haystack, SearchText::host(s.url));
    }
}

} // namespace

SearchText::SearchText(const QString &query)
    : m_query(query)
    , m_terms(normalize(query).split(u' ', Qt::SkipEmptyParts)) {}

QString SearchText::normalize(QStringView text) {
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString s;
    if (ascii) {
        // NFKC leaves ASCII alone; skipping it keeps searching large English reports cheap.
        s = text.toString();
    } else {
        s = text.toString().normalized(QString::NormalizationForm_KC);
        // Zero-width spaces and stray BOMs are invisible in the report but would split a word.
        s.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    }
    return s.toCaseFolded().simplified();
}

QString SearchText::host(const QString &url) {
    if (url.isEmpty())
        return {};
    return QUrl(url).host().toLower();
}

int SearchText::countIn(const QString &normalizedHaystack) const {
    if (m_terms.isEmpty())
        return 0;
    int total = 0;
    for (const QString &term : m_terms) {
        int n = 0;
        for (qsizetype at = normalizedHaystack.indexOf(term); at >= 0;
             at = normalizedHaystack.indexOf(term, at + term.size()))
            ++n;
        if (n == 0)
            return 0; // every term must be there
        total += n;
    }
    return total;
}

bool SearchText::matchesText(QStringView text) const {
    return countIn(normalize(text)) > 0;
}

QString SearchText::haystack(const Entry &entry) {
    QString h;
    appendEntry(&h, entry);
    return h;
}

QString SearchText::haystack(const TurningPoint &tp) {
    QString h;
    appendNormalized(&h, tp.dateText);
    appendNormalized(&h, tp.kind);
    for (const Note &n : tp.notes)
        appendNormalized(&h, n.text);
    for (const Entry &e : tp.entries)
        appendEntry(&h, e);
    return h;
}

bool SearchText::matches(const Entry &entry) const {
    return matchCount(entry) > 0;
}

bool SearchText::matches(const TurningPoint &turningPoint) const {
    return matchCount(turningPoint) > 0;
}

int SearchText::matchCount(const Entry &entry) const {
    return isEmpty() ? 0 : countIn(haystack(entry));
}

int SearchText::matchCount(const TurningPoint &turningPoint) const {
    return isEmpty() ? 0 : countIn(haystack(turningPoint));
}

void SearchText::count(const TurningPoint &turningPoint, Statistics *statistics) const {
    const int n = matchCount(turningPoint);
    if (n > 0) {
        statistics->matches += n;
        ++statistics->turningPoints;
    }
}

} // namespace Turnpoint
