#pragma once
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace concord {
class AlarmModel;
class RpcClient;
} // namespace concord

namespace concord::ui {

class AlarmFilterModel;

// Live alarms: a sortable table with severity colours, a severity filter and Acknowledge.
class AlarmPanel : public QWidget
{
    Q_OBJECT
public:
    AlarmPanel(RpcClient *client, bool mayAcknowledge, QWidget *parent = nullptr);

    AlarmModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Acknowledges the alarm with this id (the button asks for the comment first). By id, not by
    // row: new alarms can arrive and shift the rows while the comment dialog is open.
    void acknowledgeAlarm(qint64 id, const QString &comment);

    // Background colour for a severity ("critical", "warning", "info").
    static QColor severityColor(const QString &severity);

private:
    void acknowledgeSelected();
    void updateButtons();

    QPointer<RpcClient> m_client;
    AlarmModel *m_model = nullptr;
    AlarmFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QLabel *m_status = nullptr;
    bool m_mayAcknowledge = false;
};

} // namespace concord::ui
