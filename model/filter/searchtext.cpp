#include "searchtext.h"

#include <algorithm>

#include <QUrl>
#include <QVarLengthArray>

namespace Turnpoint {

namespace {

void appendNormalized(QString *haystack, QStringView text) {
    if (text.isEmpty())
        return;
    if (!haystack->isEmpty())
        haystack->append(u'\n');
    haystack->append(SearchText::normalize(text));
}

void appendNormalized(QString *haystack, const Text &text) {
    appendNormalized(haystack, Utf16(text).view());
}

void appendNormalized(QString *haystack, const QString &text) {
    appendNormalized(haystack, QStringView(text));
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
        appendNormalized(haystack, SearchText::host(s.url.toString()));
    }
}

// What normalize() does to character `c` when that is a one-to-one fold: ASCII (upper case to
// lower), the full-width ASCII forms U+FF01-FF5E (their ASCII character, lower case), the
// ideographic space (a space), and characters NFKC and case folding leave as they are (CJK
// ideographs, common CJK and typographic punctuation). 0 for anything else: a text holding such
// a character takes the full normalisation. Matching a text of these characters needs no
// allocation, which is what makes a search over a million turning points take a fraction of a
// second instead of seconds.
char16_t simpleFold(char16_t c) {
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    if (c >= 0xFF01 && c <= 0xFF5E) {
        const auto ascii = char16_t(c - 0xFEE0);
        return ascii >= u'A' && ascii <= u'Z' ? char16_t(ascii + 0x20) : ascii;
    }
    if (c == 0x3000)
        return u' ';
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        return c;
    switch (c) {
    case 0x00B7: // ·
    case 0x2013: // –
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x3001: // 、
    case 0x3002: // 。
    case 0x3008: // 〈 to 】
    case 0x3009:
    case 0x300A:
    case 0x300B:
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:
    case 0x3010:
    case 0x3011:
        return c;
    default:
        return 0;
    }
}

// Whether `term` (normalised, no white space) occurs in `text` once normalised.
bool containsTerm(QStringView text, QStringView term) {
    // No early "text shorter than term": normalising can lengthen a text (… is three dots).
    QVarLengthArray<char16_t, 256> folded(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t f = simpleFold(text[i].unicode());
        if (f == 0)
            return SearchText::normalize(text).contains(term);
        folded[i] = f;
    }
    return QStringView(folded.constData(), folded.size()).contains(term);
}

bool containsTerm(const Text &text, QStringView term) {
    return containsTerm(Utf16(text).view(), term);
}

bool containsTerm(const QString &text, QStringView term) {
    return containsTerm(QStringView(text), term);
}

bool isHostChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'-';
}

// The host of a plain http(s)-style URL ("scheme://[user@]host[:port]/…", host of letters,
// digits, dots and hyphens) as a slice of it, without QUrl; null for anything else, which
// SearchText::host() then parses properly. Upper-case letters are left in: the search folds them.
QStringView plainHost(QStringView url) {
    const qsizetype sep = url.indexOf(u"://");
    if (sep <= 0)
        return {};
    for (qsizetype i = 0; i < sep; ++i) {
        const QChar c = url[i];
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!letter &&
            (i == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return {};
    }
    QStringView authority = url.mid(sep + 3);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const QChar c = authority[i];
        if (c == u'/' || c == u'?' || c == u'#') {
            authority = authority.left(i);
            break;
        }
    }
    const qsizetype at = authority.lastIndexOf(u'@');
    QStringView host = at >= 0 ? authority.mid(at + 1) : authority;
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0) {
        for (QChar c : host.mid(colon + 1))
            if (c < u'0' || c > u'9')
                return {};
        host = host.left(colon);
    }
    // Only ordinary DNS names: dot-separated labels of letters, digits and inner hyphens, the
    // last one not starting with a digit. QUrl rewrites or rejects the rest (IPv4 short forms
    // such as 127.1, punycode "xn--" labels shown in Unicode, empty labels), so it decides them.
    const QStringView name = host.endsWith(u'.') ? host.chopped(1) : host;
    if (name.isEmpty())
        return {};
    QStringView lastLabel;
    for (QStringView label : name.tokenize(u'.')) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-') ||
            label.startsWith(u"xn--", Qt::CaseInsensitive))
            return {};
        for (QChar c : label)
            if (!isHostChar(c) || c == u'.')
                return {};
        lastLabel = label;
    }
    if (lastLabel.front().isDigit())
        return {};
    return host;
}

bool sourceHostContains(const Text &url, QStringView term) {
    if (url.isEmpty())
        return false;
    const Utf16 chars(url);
    const QStringView host = plainHost(chars);
    if (!host.isNull())
        return containsTerm(host, term);
    return containsTerm(SearchText::host(url.toString()), term);
}

bool entryContains(const Entry &e, QStringView term) {
    if (containsTerm(e.label, term) || containsTerm(e.title, term))
        return true;
    for (const Field &f : e.fields)
        if (containsTerm(f.key, term) || containsTerm(f.value, term))
            return true;
    for (const Note &n : e.notes)
        if (containsTerm(n.text, term))
            return true;
    for (const Source &src : e.sources)
        if (containsTerm(src.name, term) || sourceHostContains(src.url, term))
            return true;
    return false;
}

bool turningPointContains(const TurningPoint &tp, QStringView term) {
    if (containsTerm(tp.dateText, term) || containsTerm(tp.kind, term))
        return true;
    for (const Note &n : tp.notes)
        if (containsTerm(n.text, term))
            return true;
    for (const Entry &e : tp.entries)
        if (entryContains(e, term))
            return true;
    return false;
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

// matches() gives what matchCount() > 0 gives, term by term on the texts as they are (see
// simpleFold()), without building the normalised haystack: the question asked for every turning
// point whenever the search changes.
bool SearchText::matches(const Entry &entry) const {
    if (isEmpty())
        return false;
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&entry](const QString &term) { return entryContains(entry, term); });
}

bool SearchText::matches(const TurningPoint &turningPoint) const {
    if (isEmpty())
        return false;
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&turningPoint](const QString &term) {
        return turningPointContains(turningPoint, term);
    });
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
