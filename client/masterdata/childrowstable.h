#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace concord::ui {

// The rows of a version's child entity (BOM lines, routing operations, process parameters) in the
// generic form: one column per field of the dictionary, yes/no as check boxes, rows added and
// removed with buttons. Cells are plain text that rows() turns into the JSON types the server
// expects; the server checks them.
class ChildRowsTable : public QWidget
{
    Q_OBJECT
public:
    // `child`: the child entity's dictionary entry.
    ChildRowsTable(const QJsonObject &child, QWidget *parent = nullptr);

    QString member() const { return m_child.value(QStringLiteral("member")).toString(); }
    void setRows(const QJsonArray &rows, bool editable);
    QJsonArray rows() const;
    QTableWidget *table() const { return m_table; }
    // Marks a cell (row counted from 0, field name) with a translated problem; clearProblems() resets.
    void addProblem(int row, const QString &field, const QString &message);
    void clearProblems();

Q_SIGNALS:
    void edited();

private:
    void addRow();
    void removeRow();

    QJsonObject m_child;
    QList<QJsonObject> m_fields;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problems = nullptr;
    bool m_filling = false;
};

} // namespace concord::ui
