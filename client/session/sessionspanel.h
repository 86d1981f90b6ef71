#pragma once
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Active sessions of the server instance (session.list, session.admin): who, from which address,
// signed in since when, last activity, locked or not. Loaded when shown and on Refresh.
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { UserColumn, ClientColumn, AddressColumn, SinceColumn, LastActivityColumn, StateColumn, ColumnCount };

    explicit SessionsPanel(RpcClient *client, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void refresh();

Q_SIGNALS:
    void refreshed(int sessions);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill(const QJsonArray &sessions);

    QPointer<RpcClient> m_client;
    QTableWidget *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace concord::ui
