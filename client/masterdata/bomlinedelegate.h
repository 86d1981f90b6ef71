#pragma once
#include <QStyledItemDelegate>

namespace concord::ui {

class ReferenceData;

// Editors for the lines of a BOM draft: the component from the materials (completion on code and
// name), the quantity and scrap factor as decimal text, the unit from the units of the
// component's dimension, the position as a number.
class BomLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BomLineDelegate(const ReferenceData *refs, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const ReferenceData *m_refs = nullptr;
};

} // namespace concord::ui
