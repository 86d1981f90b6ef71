#include "dictionary/dictionaryfieldmodel.h"

#include "core/datadictionary.h"

#include <QJsonArray>

namespace concord::ui {

DictionaryFieldModel::DictionaryFieldModel(QObject *parent) : QAbstractTableModel(parent) {}

void DictionaryFieldModel::setEntity(const QJsonObject &entity)
{
    beginResetModel();
    m_entity = entity;
    m_fields = DataDictionary::fields(entity);
    endResetModel();
}

int DictionaryFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int DictionaryFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList DictionaryFieldModel::headers()
{
    return {tr("Field"), tr("Label"), tr("Type"), tr("Unit"), tr("Allowed values"), tr("Required"), tr("ISA-95"),
            tr("Change order needed"), tr("Description")};
}

QString DictionaryFieldModel::unitText(const QJsonObject &field)
{
    const QString unit = field.value(QStringLiteral("unit")).toString();
    if (!unit.isEmpty()) return unit;
    const QString unitField = field.value(QStringLiteral("unitField")).toString();
    return unitField.isEmpty() ? QString() : tr("in field %1").arg(unitField);
}

QString DictionaryFieldModel::allowedText(const QJsonObject &field)
{
    const QString type = field.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("enum")) {
        QStringList values;
        for (const QJsonValue &v : field.value(QStringLiteral("allowedValues")).toArray()) {
            const QString label = DataDictionary::valueLabel(v.toString());
            values.append(label == v.toString() ? label : tr("%1 (%2)").arg(label, v.toString()));
        }
        return values.join(tr(", "));
    }
    if (type == QLatin1String("ref"))
        return tr("Code of: %1").arg(DataDictionary::entityLabel(field.value(QStringLiteral("ref")).toString()));
    QStringList limits;
    const QString min = field.value(QStringLiteral("minimum")).toString();
    const QString max = field.value(QStringLiteral("maximum")).toString();
    if (!min.isEmpty())
        limits.append(field.value(QStringLiteral("minimumExclusive")).toBool() ? tr("> %1").arg(min) : tr("≥ %1").arg(min));
    if (!max.isEmpty()) limits.append(tr("≤ %1").arg(max));
    if (type == QLatin1String("text")) {
        const QString pattern = field.value(QStringLiteral("pattern")).toString();
        if (!pattern.isEmpty()) limits.append(tr("pattern %1").arg(pattern));
        const int maxLength = field.value(QStringLiteral("maxLength")).toInt();
        if (maxLength > 0) limits.append(tr("up to %n character(s)", nullptr, maxLength));
    }
    return limits.join(tr(", "));
}

QStringList DictionaryFieldModel::cells(const QJsonObject &field)
{
    return {field.value(QStringLiteral("name")).toString(),
            DataDictionary::label(field),
            DataDictionary::typeLabel(field.value(QStringLiteral("type")).toString()),
            unitText(field),
            allowedText(field),
            field.value(QStringLiteral("required")).toBool() ? tr("Yes") : tr("No"),
            field.value(QStringLiteral("isa95")).toString(),
            field.value(QStringLiteral("changeControlled")).toBool() ? tr("Yes") : tr("No"),
            DataDictionary::description(field)};
}

QVariant DictionaryFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size()) return {};
    const QJsonObject &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cells(field).value(index.column());
    case Qt::ToolTipRole:
        return index.column() == AllowedColumn || index.column() == DescriptionColumn ? cells(field).value(index.column())
                                                                                    : QVariant();
    case FieldRole: return field;
    default: return {};
    }
}

QVariant DictionaryFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    // On screen the long title is the tool tip and a short one the column's (the room is needed).
    if (role == Qt::ToolTipRole) return headers().value(section);
    if (role != Qt::DisplayRole) return {};
    if (section == ControlledColumn) return tr("Change order");
    return headers().value(section);
}

} // namespace concord::ui
