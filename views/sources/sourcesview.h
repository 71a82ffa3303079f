#pragma once

#include <QItemSelectionModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTreeView;

namespace Turnpoint {

class TimelineFilterModel;
class SourceIndexModel;
class SourcesDelegate;
class TimelineModel;

// Every unique source of the loaded reports (SourceIndexModel) as a sortable table: name, host,
// citing entries and turning points, first and last citation, link status. Sources cited by more
// than one turning point are bold, so the ones several periods rely on stand out. A filter field
// narrows the table by name, host or link. Below it, the entries that cite the current source;
// clicking one selects it in the shared selection, so the chart, outline and detail panel
// follow. Selecting a source also emits citingTurningPointsSelected() for the chart to emphasise
// them. Links open only through UrlPolicy (double click, Enter, or the context menu), exactly
// like the detail panel's SourceLink. The index is kept only while the view can be seen (a
// closed dock, or one behind another's tab, costs nothing as reports come and go).
class SourcesView : public QWidget {
    Q_OBJECT

public:
    SourcesView(TimelineModel *timeline, TimelineFilterModel *proxy, QItemSelectionModel *selection,
                QWidget *parent = nullptr);

    SourceIndexModel *sourceModel() const { return m_model; }
    SourcesDelegate *delegate() const { return m_delegate; }
    QSortFilterProxyModel *sortModel() const { return m_sort; }
    QTreeView *table() const { return m_table; }
    QListWidget *citedByList() const { return m_citedBy; }
    QLineEdit *filterField() const { return m_filter; }

    // Shows only the sources whose name, host or link contains `text` (ignoring case and
    // full-/half-width differences); empty shows all.
    void setFilterText(const QString &text);
    // The citing turning points of the selected source (TimelineModel indexes, column 0), in
    // document order; empty when no source is selected.
    QList<QModelIndex> selectedCitingTurningPoints() const;

    // Row of sourceModel() for the source with this URL (as written), or -1.
    int findUrl(const QString &url) const;
    // Makes the source at `modelRow` (a row of sourceModel()) current and lists its citations.
    void setCurrentSource(int modelRow);
    // Hands the link of the source at `modelRow` to the system when UrlPolicy allows it;
    // returns whether it did.
    bool openSource(int modelRow);
    // Selects the citing entry at `citationRow` of the cited-by list; false when the confidence
    // filter hides it.
    bool selectCitation(int citationRow);

    // Wide enough for all four columns when the dock first opens.
    QSize sizeHint() const override;

signals:
    // A message for the status bar (e.g. why a citation cannot be selected).
    void message(const QString &text);
    // The selected source changed: the turning points citing it, as indexes of the TimelineModel
    // (the views' source model), or an empty list when no source is selected.
    void citingTurningPointsSelected(const QList<QModelIndex> &turningPoints);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void showCitations();
    int currentModelRow() const;
    // The citing entries of a source (column 0 of the TimelineModel) that still exist.
    QList<QPersistentModelIndex> citations(int modelRow) const;
    void showContextMenu(const QPoint &pos);
    void emitCitingTurningPoints();
    void fitHostColumn();

    TimelineModel *m_timeline;
    TimelineFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
    SourceIndexModel *m_model;
    SourcesDelegate *m_delegate;
    QSortFilterProxyModel *m_sort;
    QLineEdit *m_filter;
    QTreeView *m_table;
    QLabel *m_citedByTitle;
    QListWidget *m_citedBy;
    // The source whose citations are listed, to find it again after the index is rebuilt.
    QString m_shownUrl;
    QString m_shownName;
    // citingTurningPointsSelected() last said "nothing selected" (as it does at the start).
    bool m_emittedEmpty = true;
};

} // namespace Turnpoint
