#pragma once

#include "partialdate.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Turnpoint {

class TimelineFilterModel;

// The date range filter: two partial-date fields, "from" and "to", each taking what a report
// would write (2020, 2020-03, 2020年3月, 2020-03-15, March 2020); empty is an open end. A field
// is applied when editing finishes (Enter, leaving it) or when it is emptied; text that is not a
// date is marked and not applied. The fields follow the proxy's dateRangeChanged(), so a range
// set elsewhere (dragged on the chart's axis, Clear filters) shows here.
class DateRangeEdit : public QWidget {
    Q_OBJECT

public:
    explicit DateRangeEdit(TimelineFilterModel *proxy, QWidget *parent = nullptr);

    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }

    // Reads a field's text: true with `date` invalid for an empty field (an open end), false for
    // text that is not one date. A range typed in one field gives its start for "from" and its
    // end for "to".
    static bool parse(const QString &text, bool isEnd, PartialDate *date, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();
    void showRange(const PartialDate &from, const PartialDate &to);
    // Empty `error`: the field reads as a date (or is empty).
    void markValid(QLineEdit *edit, const QString &error);

    TimelineFilterModel *m_proxy;
    QLabel *m_caption;
    QLineEdit *m_from;
    QLabel *m_dash;
    QLineEdit *m_to;
    QString m_fromError; // why the field's text was not taken; empty when it was
    QString m_toError;
};

} // namespace Turnpoint
