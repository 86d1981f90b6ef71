#pragma once
#include "core/recordlistmodel.h"

namespace concord::ui {

// Change orders for the Change control page, newest first: eco.list (all, or one status), kept
// current from eco.changed events (created, items added, submitted, approved by the last
// signature, withdrawn, rejected, cancelled).
class ChangeOrderModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        ClassColumn,
        StatusColumn,
        ItemsColumn,
        AuthorColumn,
        CreatedColumn,
        SubmittedColumn,
        ClosedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole,                // "draft" | "in_review" | "approved" | "rejected" | "cancelled"
        OrderRole,                 // the whole row as QJsonObject
    };

    explicit ChangeOrderModel(RpcClient *client, QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status); // empty = all
    int rowOfNumber(const QString &number) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QJsonObject listParams() const override;
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const override;
    bool belongs(const QJsonObject &order) const override;

private:
    QString m_status;
};

} // namespace concord::ui
