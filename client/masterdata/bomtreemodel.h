#pragma once
#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <memory>
#include <vector>

namespace concord {
class RpcClient;
}

namespace concord::ui {

class ReferenceData;

// A BOM version as a tree: the lines of the edited version are the top-level rows (editable while
// it is a draft); a component that has a BOM of its own can be expanded to show that BOM's lines
// (read-only, fetched lazily with bom.get — the version in force, else the newest draft), to any
// depth. Quantities stay decimal text. Field problems from the server mark single cells.
class BomTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        ComponentColumn,
        NameColumn,
        QtyColumn,
        UnitColumn,
        ScrapColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: the refusal shown on this cell, empty if none
        LevelRole,                      // int: 0 = a line of the edited version, 1.. = sub-BOM depth
        SubBomRole,                     // QString: "BOM … version 2 (approved) …" once loaded
    };

    BomTreeModel(RpcClient *client, const ReferenceData *refs, QObject *parent = nullptr);
    ~BomTreeModel() override;

    // The edited version: its code (its own code is never expanded below itself) and lines.
    void setLines(const QString &bomCode, const QJsonArray &lines, bool editable);
    void setBomCode(const QString &bomCode) { m_bomCode = bomCode; }
    QJsonArray lines() const;
    bool isEditable() const { return m_editable; }

    int addLine(); // appended with the next free position; returns its row
    void removeLine(int row);
    // Moves a line's content up (-1) or down (+1); the positions stay in their places, so the
    // order of the positions is the order of the lines.
    bool moveLine(int row, int delta);

    void setProblem(int row, Column column, const QString &message);
    void clearProblems();
    // After the reference data arrived: names, and which components can be expanded.
    void referenceDataChanged();

    static QString fieldName(Column column);        // "qtyPer" ...
    static int columnOfField(const QString &field); // -1 if not a column

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();
    void subBomLoaded(const QModelIndex &parent); // its rows are in the model now (or it failed)

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    int depthOf(const Node *node) const;
    bool canExpand(const Node *node) const;
    void dropChildren(Node *node);
    void forget(Node *node);
    Node *adopt(Node *parent, const QJsonObject &line);
    QString text(const Node *node, int column) const;

    QPointer<RpcClient> m_client;
    const ReferenceData *m_refs = nullptr;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_nodes; // by id, so that late answers find (or miss) their node
    quint64 m_nextId = 1;
    QString m_bomCode;
    bool m_editable = false;
};

} // namespace concord::ui
