#pragma once

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QRgb>
#include <QSizeF>
#include <QString>

// Small readers for the chart's SVG and PDF exports, so tests can check what a person would see
// (markers, text, pages) without a renderer. They read what QSvgGenerator and QPdfWriter write,
// not arbitrary SVG or PDF.
namespace VectorCheck {

struct SvgSummary {
    bool wellFormed = false;
    QString error; // the XML error, or a path the reader could not follow
    // Filled shapes (one per subpath, so markers painted as one path each or many per path
    // count the same; circles, ellipses, rects and polygons one each) whose centre lies inside
    // `area`, fully opaque, by fill colour.
    QHash<QRgb, int> shapesByFill;
    int images = 0; // <image> elements: a vector export has none
    QString text;   // the content of every <text> element, in document order, concatenated
    QString title;  // the document's <title>
};

// `area`: where markers can be, in the SVG's user units (the chart's plot area).
SvgSummary readSvg(const QByteArray &svg, const QRectF &area);

struct PdfSummary {
    bool isPdf = false; // starts with %PDF-
    int pages = 0;      // /Type /Page objects
    QSizeF pageSize;    // MediaBox of the first page, in points
    int images = 0;     // image XObjects
    int embeddedFonts = 0;
    int textOperators = 0; // Tj and TJ in the content streams
    // Every string shown with Tj/TJ, mapped back to Unicode through the fonts' ToUnicode maps.
    // Qt writes those maps from the font's own cmap, taking the lowest code point of a glyph
    // that several share: Noto CJK's 工 comes back as the Kangxi radical ⼯ (U+2F2F), "fi" as
    // the ligature ﬁ. squeezed() folds both back (NFKC), as a viewer's search does.
    QString text;
};

PdfSummary readPdf(const QByteArray &pdf);

// Whitespace removed (PDF text has no reliable spaces between runs) and NFKC-normalized.
QString squeezed(const QString &text);

} // namespace VectorCheck
