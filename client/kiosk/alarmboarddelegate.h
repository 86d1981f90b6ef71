#pragma once
#include <QStyledItemDelegate>

namespace concord::ui {

// Paints one alarm of the board as a TV-sized row: a coloured badge with the severity written out,
// the time it was raised, the source and the message. Critical rows are taller and in a larger
// type than the rest. Sizes follow the view's font, which the kiosk style sheet scales.
class AlarmBoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Row height for a severity with the view's font `base` (the board counts how many fit).
    static int rowHeight(const QFont &base, const QString &severity);

private:
    static QFont rowFont(const QFont &base, bool critical);
};

} // namespace concord::ui
