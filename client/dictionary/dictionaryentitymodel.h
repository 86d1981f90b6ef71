#pragma once
#include "core/datadictionary.h"

#include <QAbstractTableModel>

namespace concord::ui {

// The entities of the data dictionary, one row each: label, name, ISA-95 object, owner module,
// kind, whether changes need a change order, and the number of fields.
class DictionaryEntityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, NameColumn, Isa95Column, ModuleColumn, KindColumn, ControlledColumn, FieldsColumn, ColumnCount };
    enum Role { EntityRole = Qt::UserRole + 1, SearchTextRole };

    explicit DictionaryEntityModel(QObject *parent = nullptr);
    void setDictionary(const DataDictionary &dictionary);
    const DataDictionary &dictionary() const { return m_dictionary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The texts of one entity's row, as shown (also for the exports).
    static QStringList cells(const QJsonObject &entity);
    static QStringList headers();

private:
    DataDictionary m_dictionary;
};

} // namespace concord::ui
