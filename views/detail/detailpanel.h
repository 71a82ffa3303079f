#pragma once

#include "report.h"

#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QVBoxLayout;

namespace Turnpoint {

class TimelineFilterModel;
class SourceLink;
class TimelineModel;

// Everything about the current item of the shared selection: a report, a turning point (with
// its entries as a list that selects them) or an entry (fields in document order, notes and
// sources). All report text goes into plain-text labels.
class DetailPanel : public QWidget {
    Q_OBJECT

public:
    DetailPanel(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                QWidget *parent = nullptr);

    // The proxy index (column 0) shown, invalid when nothing is.
    QModelIndex shownIndex() const { return m_shown; }
    // The entry list of a shown turning point, or nullptr.
    QListWidget *entryList() const { return m_entryList; }
    QList<SourceLink *> sourceLinks() const;
    // The link check badges shown beside the sources (objectName "linkStatusBadge", property
    // "linkStatus" = LinkCheckResult::statusName()).
    QList<QLabel *> linkBadges() const;
    // The text of every label in the panel, in order (for tests and for copying).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showReport(const Report &report);
    void showTurningPoint(const TurningPoint &tp);
    void showEntry(const Entry &entry, const TurningPoint &tp);
    void selectEntry(int sourceEntryRow);
    // Versions (File → Compare With…): what differs from the report's baseline, side by side
    // (earlier version | this version), plain text like the rest of the page. `source` is the
    // shown node of the TimelineModel.
    void showReportChanges(int reportRow);
    void showTurningPointChanges(const QModelIndex &source);
    void showEntryChanges(const QModelIndex &source);
    QGridLayout *addChangeTable();
    void addChangeRow(QGridLayout *grid, const QString &what, const QString &before,
                      const QString &after);

    QLabel *addHeading(const QString &text);
    QLabel *addText(const QString &text, QLayout *layout = nullptr);
    void addRow(QFormLayout *form, const QString &key, const QString &value);
    void addSection(const QString &title);
    void addNotes(const CompactList<Note> &notes, int skipLine = -1);
    // A source link with its link check badge (and where a redirect ended), when it was checked.
    void addSource(const Source &source, const QString &citation);

    TimelineModel *timelineModel() const;

    TimelineFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
    QScrollArea *m_scroll;
    QPointer<QWidget> m_content;
    QVBoxLayout *m_layout = nullptr;
    QListWidget *m_entryList = nullptr;
    QPersistentModelIndex m_shown;
};

} // namespace Turnpoint
