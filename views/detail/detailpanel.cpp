#include "detailpanel.h"

#include "datetext.h"
#include "displaytext.h"
#include "linkstatustext.h"
#include "outlinedelegate.h"
#include "reportcomparison.h"
#include "safetext.h"
#include "searchtext.h"
#include "sourcelink.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "urlpolicy.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Turnpoint {

namespace {
constexpr int MaxEntryListRows = 8;

QString notesText(const CompactList<Note> &notes) {
    QStringList texts;
    for (const Note &note : notes)
        texts.append(note.text);
    return texts.join(QLatin1Char('\n'));
}

QString sourcesText(const CompactList<Source> &sources) {
    QStringList lines;
    for (const Source &s : sources) {
        QStringList parts{s.name, s.url};
        parts.removeAll(QString());
        lines.append(parts.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

// The values of the fields whose key is `key` (compared as ReportComparison does), one a line.
QString fieldValues(const Entry &entry, const QString &key) {
    const QString wanted = SearchText::normalize(key);
    QStringList values;
    for (const Field &field : entry.fields) {
        if (SearchText::normalize(Utf16(field.key)) == wanted)
            values.append(field.value);
    }
    return values.join(QLatin1Char('\n'));
}

QString entryName(const Entry &entry) {
    return entry.label.isEmpty() ? entry.title.toString()
                                 : DetailPanel::tr("%1: %2").arg(entry.label, entry.title);
}
} // namespace

DetailPanel::DetailPanel(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                         QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_scroll(new QScrollArea(this)) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    //: Accessible name of the detail panel
    setAccessibleName(tr("Details"));

    connect(m_selection, &QItemSelectionModel::currentChanged, this, &DetailPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DetailPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DetailPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Link results arrive in bursts while a check runs; only a change to what is
                // shown rebuilds the page (and resets its scroll position).
                if (!m_shown.isValid() || topLeft.parent() != m_shown.parent() ||
                    m_shown.row() < topLeft.row() || m_shown.row() > bottomRight.row())
                    return;
                refresh();
            });
    // A comparison set or cleared changes the report page too (its turning points' pages follow
    // the ChangeRole dataChanged above).
    if (TimelineModel *model = timelineModel())
        connect(model, &TimelineModel::baselineChanged, this, &DetailPanel::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        // Only when what is shown went away; other removals leave the panel (and its scroll
        // position) alone.
        if (!m_shown.isValid())
            refresh();
    });
    refresh();
}

void DetailPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Details"));
        // Every text on the page is made by refresh(), in the language of the moment.
        refresh();
    }
    QWidget::changeEvent(event);
}

TimelineModel *DetailPanel::timelineModel() const {
    return qobject_cast<TimelineModel *>(m_proxy->sourceModel());
}

QList<SourceLink *> DetailPanel::sourceLinks() const {
    return m_content ? m_content->findChildren<SourceLink *>() : QList<SourceLink *>();
}

QList<QLabel *> DetailPanel::linkBadges() const {
    return m_content ? m_content->findChildren<QLabel *>(QStringLiteral("linkStatusBadge"))
                     : QList<QLabel *>();
}

QString DetailPanel::text() const {
    QStringList parts;
    if (!m_content)
        return {};
    const QList<QLabel *> labels = m_content->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        parts.append(label->text());
    if (m_entryList) {
        for (int i = 0; i < m_entryList->count(); ++i)
            parts.append(m_entryList->item(i)->text());
    }
    return parts.join(QLatin1Char('\n'));
}

void DetailPanel::refresh() {
    // Replace the whole content: detail pages are small, and rebuilding means no widget ever
    // shows data of an item that changed or went away.
    auto *content = new QWidget;
    m_layout = new QVBoxLayout(content);
    m_layout->setAlignment(Qt::AlignTop);
    m_entryList = nullptr;
    // The previous page may be what emitted the signal that got us here (a click in its entry
    // list), so it is deleted once control is back in the event loop, not now.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
    m_content = content;

    QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && current.model() == m_proxy)
        current = current.siblingAtColumn(0);
    else
        current = {};
    m_shown = current;

    TimelineModel *model = timelineModel();
    const QModelIndex source = current.isValid() ? m_proxy->mapToSource(current) : QModelIndex();
    if (!model || !source.isValid()) {
        //: Detail panel when nothing is selected
        QLabel *hint = addText(tr("Select a turning point on the chart or in the outline."));
        hint->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    switch (model->nodeType(source)) {
    case TimelineModel::NodeType::Report:
        if (const Report *report = model->reportAt(source)) {
            showReport(*report);
            showReportChanges(source.row());
        }
        break;
    case TimelineModel::NodeType::TurningPoint:
        if (const TurningPoint *tp = model->turningPointAt(source)) {
            showTurningPoint(*tp);
            showTurningPointChanges(source);
        }
        break;
    case TimelineModel::NodeType::Entry:
        if (const Entry *entry = model->entryAt(source)) {
            showEntry(*entry, *model->turningPointAt(source));
            showEntryChanges(source);
        }
        break;
    }
    // Word-wrapped labels would otherwise share out the spare height between them.
    m_layout->addStretch(1);
}

QLabel *DetailPanel::addHeading(const QString &text) {
    QLabel *label = addText(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}

QLabel *DetailPanel::addText(const QString &text, QLayout *layout) {
    auto *label = new QLabel(m_content);
    // Report text is shown as written: never as markup, never with clickable links.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    (layout ? layout : m_layout)->addWidget(label);
    return label;
}

void DetailPanel::addRow(QFormLayout *form, const QString &key, const QString &value) {
    auto *keyLabel = new QLabel(m_content);
    keyLabel->setTextFormat(Qt::PlainText);
    //: A field name in the detail panel, e.g. "实施时间:"
    keyLabel->setText(tr("%1:").arg(key));
    keyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *valueLabel = new QLabel(m_content);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setText(value);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(keyLabel, valueLabel);
}

void DetailPanel::addSection(const QString &title) {
    QLabel *label = addText(title);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
}

void DetailPanel::addNotes(const CompactList<Note> &notes, int skipLine) {
    QStringList texts;
    for (const Note &note : notes)
        if (note.line != skipLine || skipLine < 0)
            texts.append(note.text);
    if (texts.isEmpty())
        return;
    //: Detail panel section: free text of the report kept as notes
    addSection(tr("Notes"));
    for (const QString &text : std::as_const(texts))
        addText(text);
}

void DetailPanel::showReport(const Report &report) {
    const QLocale locale;
    addHeading(report.title.isEmpty() ? DisplayText::fileName(report.file) : report.title);
    auto *form = new QFormLayout;
    m_layout->addLayout(form);
    if (UrlPolicy::isWebAddress(report.file))
        //: Detail panel row: the web address a report was downloaded from
        addRow(form, tr("URL"), report.file);
    else
        //: Detail panel row: the file a report came from
        addRow(form, tr("File"), DisplayText::fileName(report.file));
    if (!report.encoding.isEmpty())
        //: Detail panel row: the text encoding detected in the file
        addRow(form, tr("Encoding"), report.encoding);
    const DateSpan period{report.periodStart, report.periodEnd};
    if (period.isValid())
        //: Detail panel row: the analysis period of a report
        addRow(form, tr("Period"), DateText::dateSpan(period, locale));
    else if (report.periodEnd.isValid())
        addRow(form, tr("Period"),
               tr("up to %1").arg(DateText::partialDate(report.periodEnd, locale)));
    QString count = QString::number(report.turningPoints.size());
    if (report.declaredTurningPoints &&
        *report.declaredTurningPoints != report.turningPoints.size())
        //: Turning point count when the report declares a different number
        count = tr("%1 (the report declares %2)")
                    .arg(report.turningPoints.size())
                    .arg(*report.declaredTurningPoints);
    //: Detail panel row: number of turning points found in the report
    addRow(form, tr("Turning points"), count);
    if (!report.diagnostics.isEmpty())
        //: Detail panel row: number of parser warnings for this report
        addRow(form, tr("Warnings"), QString::number(report.diagnostics.size()));
    addNotes(report.notes);
}

void DetailPanel::showTurningPoint(const TurningPoint &tp) {
    const QLocale locale;
    if (tp.date.isValid())
        //: Detail panel heading: a date and its precision, e.g. "2019年3月 (month)"
        addHeading(tr("%1 (%2)").arg(DateText::partialDate(tp.date, locale),
                                     DateText::precisionName(tp.date.precision)));
    else
        //: Detail panel heading of a turning point without a readable date
        addHeading(tr("Undated turning point"));
    auto *form = new QFormLayout;
    m_layout->addLayout(form);
    if (!tp.date.isValid() && !tp.dateText.isEmpty())
        //: Detail panel row: the date exactly as the report wrote it
        addRow(form, tr("As written"), tp.dateText);
    //: Detail panel row
    addRow(form, tr("Kind"), DisplayText::kind(tp.kind));
    //: Detail panel row
    addRow(form, tr("Confidence"), DisplayText::confidence(tp.confidence, locale));

    int sentenceLine = -1;
    if (tp.nothingFound) {
        const QString sentence = tp.notes.isEmpty() ? QString() : tp.notes.first().text.toString();
        sentenceLine = tp.notes.isEmpty() ? -1 : tp.notes.first().line;
        //: Detail panel row: the report looked and found nothing in this period
        addRow(form, tr("Nothing found"), sentence);
    }

    if (!tp.entries.isEmpty()) {
        //: Detail panel section: the entries of a turning point
        addSection(tr("Entries (%1)").arg(tp.entries.size()));
        m_entryList = new QListWidget(m_content);
        m_entryList->setWordWrap(true);
        for (int row = 0; row < tp.entries.size(); ++row) {
            const Entry &e = tp.entries.at(row);
            auto *item = new QListWidgetItem(e.label.isEmpty() ? e.title.toString()
                                                               : tr("%1: %2").arg(e.label, e.title),
                                             m_entryList);
            item->setData(Qt::UserRole, row);
            // Search hits as in the outline (bold on amber); the page is rebuilt when the search
            // changes, since the proxy then signals SearchMatchRole for every row.
            const SearchText &search = m_proxy->filter().search();
            if (!search.isEmpty() && search.matches(e)) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(255, 193, 7, 90));
            }
        }
        const int rows = std::min(int(tp.entries.size()), MaxEntryListRows);
        m_entryList->setFixedHeight(m_entryList->sizeHintForRow(0) * rows +
                                    2 * m_entryList->frameWidth() + 4);
        connect(m_entryList, &QListWidget::itemClicked, this,
                [this](QListWidgetItem *item) { selectEntry(item->data(Qt::UserRole).toInt()); });
        connect(m_entryList, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { selectEntry(item->data(Qt::UserRole).toInt()); });
        m_layout->addWidget(m_entryList);
    }
    addNotes(tp.notes, sentenceLine);
}

void DetailPanel::showEntry(const Entry &entry, const TurningPoint &tp) {
    const QLocale locale;
    addHeading(entry.label.isEmpty() ? entry.title.toString()
                                     : tr("%1: %2").arg(entry.label, entry.title));
    auto *form = new QFormLayout;
    m_layout->addLayout(form);
    const QString date = DateText::dateSpan(entry.date, locale);
    //: Detail panel row: the date of an entry; "no date" when none of its fields has one
    addRow(form, tr("Date"), date.isEmpty() ? tr("no date") : date);
    //: Detail panel row: the turning point an entry belongs to
    addRow(form, tr("Turning point"),
           tp.date.isValid() ? DateText::partialDate(tp.date, locale) : tr("undated"));
    for (const Field &field : entry.fields)
        addRow(form, field.key, field.value);
    addNotes(entry.notes);

    if (!entry.sources.isEmpty()) {
        //: Detail panel section: the sources an entry cites
        addSection(tr("Sources"));
        const QString citationDate = date.isEmpty() ? DateText::partialDate(tp.date, locale) : date;
        for (const Source &source : entry.sources) {
            QStringList parts{entry.title, source.name, source.url, citationDate};
            parts.removeAll(QString());
            //: Separator between title, source name, URL and date in a copied citation
            const QString citation = parts.join(tr(". ")) + tr(".");
            addSource(source, citation);
        }
    }
}

void DetailPanel::addSource(const Source &source, const QString &citation) {
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *link = new SourceLink(source, citation, row);
    layout->addWidget(link, 1);
    const TimelineModel *model = timelineModel();
    if (model && !source.url.isEmpty() && model->linkResults().contains(source.url)) {
        const LinkCheckResult result = model->linkResults().value(source.url);
        // The badge is plain text like everything else here: the detail may quote a URL.
        auto *badge = new QLabel(row);
        badge->setObjectName(QStringLiteral("linkStatusBadge"));
        badge->setTextFormat(Qt::PlainText);
        badge->setText(LinkStatusText::badge(result));
        const QColor color = LinkStatusText::color(result.status);
        badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; "
                                            "border-radius: 3px; padding: 0px 4px; }")
                                 .arg(color.name()));
        badge->setToolTip(SafeText::toolTip(LinkStatusText::toolTip(result)));
        badge->setProperty("linkStatus", result.statusName());
        layout->insertWidget(0, badge, 0, Qt::AlignTop);
        const QString detail = LinkStatusText::detail(result);
        if (!detail.isEmpty()) {
            auto *detailLabel = new QLabel(row);
            detailLabel->setObjectName(QStringLiteral("linkStatusDetail"));
            detailLabel->setTextFormat(Qt::PlainText);
            detailLabel->setText(detail);
            detailLabel->setWordWrap(true);
            detailLabel->setForegroundRole(QPalette::PlaceholderText);
            detailLabel->setToolTip(badge->toolTip());
            detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_layout->addWidget(row);
            m_layout->addWidget(detailLabel);
            return;
        }
    }
    m_layout->addWidget(row);
}

QGridLayout *DetailPanel::addChangeTable() {
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_layout->addLayout(grid);
    //: Detail panel, comparison table: column of the earlier version's values
    QLabel *before = addText(tr("Earlier version"), grid);
    //: Detail panel, comparison table: column of this (the newer) version's values
    QLabel *after = addText(tr("This version"), grid);
    for (QLabel *label : {before, after})
        label->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(before, 0, 1);
    grid->addWidget(after, 0, 2);
    return grid;
}

void DetailPanel::addChangeRow(QGridLayout *grid, const QString &what, const QString &before,
                               const QString &after) {
    const int row = grid->rowCount();
    QLabel *whatLabel = addText(what, grid);
    whatLabel->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(whatLabel, row, 0, Qt::AlignTop);
    //: Detail panel, comparison table: a side that has no such value
    const QString none = tr("—");
    grid->addWidget(addText(before.isEmpty() ? none : before, grid), row, 1, Qt::AlignTop);
    grid->addWidget(addText(after.isEmpty() ? none : after, grid), row, 2, Qt::AlignTop);
}

void DetailPanel::showReportChanges(int reportRow) {
    const TimelineModel *model = timelineModel();
    const Report *baseline = model ? model->baseline(reportRow) : nullptr;
    const ReportComparison *comparison = model ? model->comparison(reportRow) : nullptr;
    if (!baseline || !comparison)
        return;
    const QLocale locale;
    //: Detail panel section of a report compared with an earlier version (File → Compare
    //: With…); %1 is the earlier version's file
    addSection(tr("Compared with %1").arg(DisplayText::fileName(baseline->file)));
    int rescored = 0;
    for (const TurningPointChange &c : comparison->turningPoints)
        rescored += c.change == ChangeKind::Modified && c.rescored ? 1 : 0;
    //: Detail panel: counts of turning points by how they differ from the earlier version
    addText(tr("%1 added, %2 removed, %3 modified (%4 re-scored), %5 unchanged")
                .arg(comparison->count(ChangeKind::Added))
                .arg(comparison->count(ChangeKind::Removed))
                .arg(comparison->count(ChangeKind::Modified))
                .arg(rescored)
                .arg(comparison->count(ChangeKind::Unchanged)));
    // Removed turning points have no row of their own in this version: they are listed here.
    QStringList removed;
    for (const TurningPointChange &c : comparison->turningPoints) {
        if (c.change != ChangeKind::Removed || c.oldIndex < 0 ||
            c.oldIndex >= baseline->turningPoints.size())
            continue;
        const TurningPoint &tp = baseline->turningPoints.at(c.oldIndex);
        QStringList titles;
        for (const Entry &e : tp.entries)
            titles.append(e.title);
        const QString date =
            tp.date.isValid() ? DateText::partialDate(tp.date, locale) : tp.dateText.toString();
        //: Detail panel: a removed turning point, "date (kind): entry titles"
        removed.append(titles.isEmpty() ? tr("%1 (%2)").arg(date, DisplayText::kind(tp.kind))
                                        : tr("%1 (%2): %3")
                                              .arg(date, DisplayText::kind(tp.kind),
                                                   titles.join(QStringLiteral("; "))));
    }
    if (!removed.isEmpty()) {
        //: Detail panel section: turning points of the earlier version missing in this one
        addSection(tr("Removed in this version (%1)").arg(removed.size()));
        for (const QString &line : std::as_const(removed))
            addText(line);
    }
}

void DetailPanel::showTurningPointChanges(const QModelIndex &source) {
    const TimelineModel *model = timelineModel();
    const int reportRow = source.data(TimelineModel::ReportRowRole).toInt();
    const Report *baseline = model ? model->baseline(reportRow) : nullptr;
    const TurningPointChange *change =
        baseline ? model->turningPointChange(reportRow, source.row()) : nullptr;
    const TurningPoint *tp = model ? model->turningPointAt(source) : nullptr;
    if (!change || !tp)
        return;
    const QLocale locale;
    //: Detail panel section: how this turning point differs from the earlier version; %1 is
    //: the earlier version's file, %2 the change ("added", "re-scored +12", "changed", "—")
    addSection(tr("Compared with %1: %2")
                   .arg(DisplayText::fileName(baseline->file),
                        OutlineDelegate::changeText(*change, locale)));
    if (change->change == ChangeKind::Added) {
        //: Detail panel: a turning point the earlier version does not have
        addText(tr("New in this version."));
        return;
    }
    if (change->change == ChangeKind::Unchanged || change->oldIndex < 0 ||
        change->oldIndex >= baseline->turningPoints.size()) {
        //: Detail panel: the turning point is the same in both versions
        addText(tr("The same in both versions."));
        return;
    }
    const TurningPoint &old = baseline->turningPoints.at(change->oldIndex);
    QGridLayout *grid = addChangeTable();
    if (change->rescored)
        addChangeRow(grid, tr("Confidence"), DisplayText::confidence(old.confidence, locale),
                     DisplayText::confidence(tp->confidence, locale));
    if (change->kindChanged)
        addChangeRow(grid, tr("Kind"), DisplayText::kind(old.kind), DisplayText::kind(tp->kind));
    if (change->nothingFoundChanged) {
        const auto yesNo = [](bool b) {
            //: Detail panel, comparison: the report found nothing in this period
            return b ? tr("yes")
                     //: Detail panel, comparison: the report found something in this period
                     : tr("no");
        };
        addChangeRow(grid, tr("Nothing found"), yesNo(old.nothingFound), yesNo(tp->nothingFound));
    }
    if (change->notesChanged)
        addChangeRow(grid, tr("Notes"), notesText(old.notes), notesText(tp->notes));
    for (const EntryChange &e : change->entries) {
        if (e.change == ChangeKind::Unchanged)
            continue;
        const Entry *before = e.oldIndex >= 0 && e.oldIndex < old.entries.size()
                                  ? &old.entries.at(e.oldIndex)
                                  : nullptr;
        const Entry *after = e.newIndex >= 0 && e.newIndex < tp->entries.size()
                                 ? &tp->entries.at(e.newIndex)
                                 : nullptr;
        QString what;
        switch (e.change) {
        case ChangeKind::Added:
            //: Detail panel, comparison row: an entry new in this version
            what = tr("Entry added");
            break;
        case ChangeKind::Removed:
            //: Detail panel, comparison row: an entry only the earlier version has
            what = tr("Entry removed");
            break;
        default:
            what = e.titleChanged
                       //: Detail panel, comparison row: an entry whose title was edited
                       ? tr("Entry renamed")
                       : e.fieldsChanged.isEmpty()
                             //: Detail panel, comparison row: an entry that differs
                             ? tr("Entry changed")
                             //: Detail panel, comparison row: an entry whose fields differ; %1
                             //: lists the field names
                             : tr("Entry changed (%1)").arg(e.fieldsChanged.join(tr(", ")));
            break;
        }
        addChangeRow(grid, what, before ? entryName(*before) : QString(),
                     after ? entryName(*after) : QString());
    }
}

void DetailPanel::showEntryChanges(const QModelIndex &source) {
    const TimelineModel *model = timelineModel();
    const int reportRow = source.data(TimelineModel::ReportRowRole).toInt();
    const int tpRow = source.parent().row();
    const Report *baseline = model ? model->baseline(reportRow) : nullptr;
    const TurningPointChange *tpChange =
        baseline ? model->turningPointChange(reportRow, tpRow) : nullptr;
    const EntryChange *change =
        baseline ? model->entryChange(reportRow, tpRow, source.row()) : nullptr;
    const Entry *entry = model ? model->entryAt(source) : nullptr;
    if (!tpChange || !change || !entry)
        return;
    addSection(
        tr("Compared with %1: %2")
            .arg(DisplayText::fileName(baseline->file), OutlineDelegate::changeText(*change)));
    const TurningPoint *oldTp =
        tpChange->oldIndex >= 0 && tpChange->oldIndex < baseline->turningPoints.size()
            ? &baseline->turningPoints.at(tpChange->oldIndex)
            : nullptr;
    const Entry *old = oldTp && change->oldIndex >= 0 && change->oldIndex < oldTp->entries.size()
                           ? &oldTp->entries.at(change->oldIndex)
                           : nullptr;
    if (change->change == ChangeKind::Added || !old) {
        //: Detail panel: an entry the earlier version does not have
        addText(tr("New in this version."));
        return;
    }
    if (change->change == ChangeKind::Unchanged) {
        addText(tr("The same in both versions."));
        return;
    }
    QGridLayout *grid = addChangeTable();
    if (change->titleChanged)
        //: Detail panel, comparison row: the entry's title
        addChangeRow(grid, tr("Title"), old->title, entry->title);
    if (change->labelChanged)
        //: Detail panel, comparison row: the entry's category label
        addChangeRow(grid, tr("Category"), old->label, entry->label);
    for (const QString &key : change->fieldsChanged)
        addChangeRow(grid, key, fieldValues(*old, key), fieldValues(*entry, key));
    if (change->sourcesChanged)
        addChangeRow(grid, tr("Sources"), sourcesText(old->sources), sourcesText(entry->sources));
    if (change->notesChanged)
        addChangeRow(grid, tr("Notes"), notesText(old->notes), notesText(entry->notes));
}

void DetailPanel::selectEntry(int sourceEntryRow) {
    TimelineModel *model = timelineModel();
    if (!model || !m_shown.isValid())
        return;
    // The list shows entries in document order; the proxy may be sorted differently, so the
    // row is mapped through the source model.
    const QModelIndex sourceTp = m_proxy->mapToSource(m_shown);
    const QModelIndex target = m_proxy->mapFromSource(model->index(sourceEntryRow, 0, sourceTp));
    if (target.isValid())
        m_selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

} // namespace Turnpoint
