#include "dictionary/dictionaryentitymodel.h"

#include "dictionary/dictionaryfieldmodel.h"

#include <QJsonArray>

namespace concord::ui {

DictionaryEntityModel::DictionaryEntityModel(QObject *parent) : QAbstractTableModel(parent) {}

void DictionaryEntityModel::setDictionary(const DataDictionary &dictionary)
{
    beginResetModel();
    m_dictionary = dictionary;
    endResetModel();
}

int DictionaryEntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dictionary.entities().size());
}

int DictionaryEntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList DictionaryEntityModel::headers()
{
    return {tr("Entity"), tr("Name"), tr("ISA-95"), tr("Owner module"), tr("Kind"), tr("Change order needed"), tr("Fields")};
}

QStringList DictionaryEntityModel::cells(const QJsonObject &entity)
{
    return {DataDictionary::label(entity),
            DataDictionary::name(entity),
            entity.value(QStringLiteral("isa95")).toString(),
            entity.value(QStringLiteral("ownerModule")).toString(),
            DataDictionary::kindLabel(DataDictionary::kind(entity)),
            entity.value(QStringLiteral("changeControlled")).toBool() ? tr("Yes") : tr("No"),
            QString::number(entity.value(QStringLiteral("fields")).toArray().size())};
}

QVariant DictionaryEntityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dictionary.entities().size()) return {};
    const QJsonObject &entity = m_dictionary.entities().at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cells(entity).value(index.column());
    case Qt::ToolTipRole: return DataDictionary::description(entity);
    case Qt::TextAlignmentRole:
        return index.column() == FieldsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case EntityRole: return entity;
    case SearchTextRole: {
        // What the filter box matches: the entity's texts and every field's.
        QStringList texts = cells(entity);
        texts.append(DataDictionary::description(entity));
        for (const QJsonObject &f : DataDictionary::fields(entity))
            texts += DictionaryFieldModel::cells(f);
        return texts.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant DictionaryEntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) return headers().value(section);
    if (role != Qt::DisplayRole) return {};
    if (section == ControlledColumn) return tr("Change order");
    return headers().value(section);
}

} // namespace concord::ui
