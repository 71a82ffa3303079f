#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Turnpoint {

// Hides turning points whose confidence is below a threshold, with their entries. Reports always
// stay. A turning point without a confidence shows only at threshold 0: an unscored claim is not
// evidence above any bar.
class ConfidenceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(int minimumConfidence READ minimumConfidence WRITE setMinimumConfidence NOTIFY
                   minimumConfidenceChanged)

public:
    explicit ConfidenceFilterModel(QObject *parent = nullptr);

    int minimumConfidence() const { return m_minimumConfidence; }
    void setMinimumConfidence(int percent); // clamped to 0-100

    // The same rule the filter applies, for exporters and views that need it without a proxy.
    static bool passes(std::optional<double> confidence, int minimumConfidence);

signals:
    void minimumConfidenceChanged(int percent);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumConfidence = 0;
};

} // namespace Turnpoint
