#pragma once
#include <QHash>
#include <QStyledItemDelegate>

namespace concord::ui {

class ReferenceData;

// Cell editors of the routing editor's two tables, chosen per column: text, a whole number, decimal
// text (never floating point), a work centre or a unit from the reference data. A "limits" column
// is drawn as a bar — the band from minimum to maximum with the target on it, red when the order
// is wrong.
class RoutingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Kind { Text, Integer, Decimal, SignedDecimal, WorkCentre, Unit, Limits };
    RoutingDelegate(const ReferenceData *refs, QHash<int, Kind> kinds, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintLimits(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    const ReferenceData *m_refs = nullptr;
    QHash<int, Kind> m_kinds;
};

} // namespace concord::ui
