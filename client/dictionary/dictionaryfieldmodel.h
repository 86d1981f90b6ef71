#pragma once
#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace concord::ui {

// The fields of one dictionary entity: name, label, type, unit, allowed values, required, ISA-95
// attribute, whether a change needs a change order, and the description — all translated where
// the dictionary has English text.
class DictionaryFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, LabelColumn, TypeColumn, UnitColumn, AllowedColumn, RequiredColumn, Isa95Column,
        ControlledColumn, DescriptionColumn, ColumnCount
    };
    enum Role { FieldRole = Qt::UserRole + 1 };

    explicit DictionaryFieldModel(QObject *parent = nullptr);
    void setEntity(const QJsonObject &entity);
    QJsonObject entity() const { return m_entity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The texts of one field's row, as shown (also for the exports).
    static QStringList cells(const QJsonObject &field);
    static QStringList headers();
    // The unit column: a fixed unit, or which field holds the unit.
    static QString unitText(const QJsonObject &field);
    // Allowed values as "Raw material (raw), …", or the referenced entity / the limits.
    static QString allowedText(const QJsonObject &field);

private:
    QJsonObject m_entity;
    QList<QJsonObject> m_fields;
};

} // namespace concord::ui
