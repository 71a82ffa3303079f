#include "daterangeedit.h"

#include "datetextparser.h"
#include "safetext.h"
#include "timelinefiltermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Turnpoint {

DateRangeEdit::DateRangeEdit(TimelineFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_caption(new QLabel(this))
    , m_from(new QLineEdit(this))
    , m_dash(new QLabel(this))
    , m_to(new QLineEdit(this)) {
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setBuddy(m_from);
    m_dash->setTextFormat(Qt::PlainText);
    m_dash->setText(QStringLiteral("–"));
    // A month (what reports mostly write) plus the clear button; a longer date scrolls.
    const int width = m_from->fontMetrics().horizontalAdvance(QStringLiteral("2022-12-28")) +
                      m_from->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setClearButtonEnabled(true);
        edit->setFixedWidth(width);
        connect(edit, &QLineEdit::editingFinished, this, &DateRangeEdit::apply);
        // The clear button empties the field without finishing the edit: an open end at once.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                apply();
        });
    }
    // Its own width and no more: a toolbar hands spare room to widgets that accept it, which
    // would push the fields apart.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);

    connect(m_proxy, &TimelineFilterModel::dateRangeChanged, this, &DateRangeEdit::showRange);
    retranslateUi();
    showRange(m_proxy->dateFrom(), m_proxy->dateTo());
}

void DateRangeEdit::retranslateUi() {
    //: Toolbar: caption before the date range fields
    m_caption->setText(tr("Dates"));
    //: Placeholder of the first date range field
    m_from->setPlaceholderText(tr("from"));
    //: Placeholder of the second date range field
    m_to->setPlaceholderText(tr("to"));
    //: Accessible name of the first date range field
    m_from->setAccessibleName(tr("Show turning points from"));
    //: Accessible name of the second date range field
    m_to->setAccessibleName(tr("Show turning points until"));
    markValid(m_from, m_fromError);
    markValid(m_to, m_toError);
}

void DateRangeEdit::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool DateRangeEdit::parse(const QString &text, bool isEnd, PartialDate *date, QString *error) {
    *date = PartialDate();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const DateParseResult result = DateTextParser::parseSpan(trimmed);
    if (!result.isOk()) {
        if (error) {
            *error = result.status == DateParseResult::Invalid && !result.message.isEmpty()
                         ? result.message
                         //: Date range field: the text is not a date
                         : tr("Not a date. Write a year, month or day, e.g. 2020, 2020-03 or "
                              "2020-03-15.");
        }
        return false;
    }
    *date = isEnd && result.span.isRange() ? result.span.end : result.span.start;
    return true;
}

void DateRangeEdit::markValid(QLineEdit *edit, const QString &error) {
    (edit == m_from ? m_fromError : m_toError) = error;
    const bool valid = error.isEmpty();
    QPalette palette = edit->palette();
    // Red text and the reason in the tool tip: the field shows it was not taken, the reason
    // says why.
    palette.setColor(QPalette::Text,
                     valid ? this->palette().color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    edit->setPalette(palette);
    //: Tool tip of the date range fields
    const QString help = tr("A year, month or day (2020, 2020-03, 2020-03-15); empty for no "
                            "limit. Turning points whose period overlaps the range are shown.");
    edit->setToolTip(SafeText::toolTip(valid ? help : error + QLatin1Char('\n') + help));
}

void DateRangeEdit::apply() {
    PartialDate from;
    PartialDate to;
    QString fromError;
    QString toError;
    const bool fromOk = parse(m_from->text(), false, &from, &fromError);
    const bool toOk = parse(m_to->text(), true, &to, &toError);
    markValid(m_from, fromOk ? QString() : fromError);
    markValid(m_to, toOk ? QString() : toError);
    // A field that does not read as a date keeps the end it had.
    m_proxy->setDateRange(fromOk ? from : m_proxy->dateFrom(), toOk ? to : m_proxy->dateTo());
}

void DateRangeEdit::showRange(const PartialDate &from, const PartialDate &to) {
    // A field that already says this date (in any spelling) is left as the user wrote it.
    const auto show = [this](QLineEdit *edit, const PartialDate &date, bool isEnd) {
        PartialDate shown;
        if (parse(edit->text(), isEnd, &shown, nullptr) && shown == date)
            return;
        const QSignalBlocker blocker(edit);
        edit->setText(date.toIso());
        markValid(edit, {});
    };
    show(m_from, from, false);
    show(m_to, to, true);
}

} // namespace Turnpoint
