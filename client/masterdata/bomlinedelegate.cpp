#include "masterdata/bomlinedelegate.h"

#include "masterdata/bomtreemodel.h"
#include "masterdata/decimalvalidator.h"
#include "masterdata/materialcompleter.h"
#include "masterdata/referencedata.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace concord::ui {

BomLineDelegate::BomLineDelegate(const ReferenceData *refs, QObject *parent)
    : QStyledItemDelegate(parent), m_refs(refs)
{
}

QWidget *BomLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (index.column()) {
    case BomTreeModel::PositionColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("positionEditor"));
        spin->setRange(1, 9999);
        return spin;
    }
    case BomTreeModel::ComponentColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("componentEditor"));
        edit->setMaxLength(40);
        if (m_refs) edit->setCompleter(new MaterialCompleter(m_refs->materials(), edit));
        return edit;
    }
    case BomTreeModel::QtyColumn:
    case BomTreeModel::ScrapColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(index.column() == BomTreeModel::QtyColumn ? QStringLiteral("qtyEditor")
                                                                      : QStringLiteral("scrapEditor"));
        edit->setValidator(new DecimalValidator(false, edit));
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case BomTreeModel::UnitColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("unitEditor"));
        const QString component =
            index.siblingAtColumn(BomTreeModel::ComponentColumn).data(Qt::EditRole).toString();
        if (m_refs) combo->addItems(m_refs->unitsForMaterial(component));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<BomLineDelegate *>(this);
            Q_EMIT self->commitData(combo);
        });
        return combo;
    }
    case BomTreeModel::NoteColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("noteEditor"));
        edit->setMaxLength(500);
        return edit;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void BomLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString unit = value.toString();
        if (!unit.isEmpty() && combo->findText(unit) < 0) combo->addItem(unit);
        combo->setCurrentIndex(combo->findText(unit));
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void BomLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QString text = edit->text();
        if (index.column() == BomTreeModel::ComponentColumn) text = MaterialCompleter::codeOf(text);
        model->setData(index, text);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace concord::ui
