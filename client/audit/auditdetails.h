#pragma once
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace concord::ui {

// The selected audit entry in full: who, when (local and the stored UTC), what, why, each changed
// field as old → new, and the entry's place in the hash chain (its hash and the previous one's).
class AuditDetails : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetails(QWidget *parent = nullptr);

    void setRow(const QJsonObject &row); // an empty object clears the pane
    QJsonObject row() const { return m_row; }
    QTableWidget *changesTable() const { return m_changes; }

private:
    void fitRows();

    QJsonObject m_row;
    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_peer = nullptr;
    QLabel *m_hash = nullptr;
    QLabel *m_prevHash = nullptr;
    QTableWidget *m_changes = nullptr;
};

} // namespace concord::ui
