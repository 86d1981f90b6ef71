#pragma once
#include "shell/module.h"

#include <QJsonObject>
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

// Live alarms: a sortable table with severity colours, a severity filter and Acknowledge. Answers
// the global search for alarm numbers and equipment IDs.
class AlarmPanel : public QWidget, public SearchProvider
{
    Q_OBJECT
public:
    AlarmPanel(RpcClient *client, bool mayAcknowledge, QWidget *parent = nullptr);

    AlarmModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Acknowledges the alarm with this id (the button asks for the comment first). By id, not by
    // row: new alarms can arrive and shift the rows while the comment dialog is open.
    void acknowledgeAlarm(qint64 id, const QString &comment);

    // Selects the alarm's row (clearing a filter that hides it); false if it is not in the list.
    bool selectAlarm(qint64 id);
    void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) override;

    // Background colour for a severity ("critical", "warning", "info").
    static QColor severityColor(const QString &severity);

Q_SIGNALS:
    // A critical alarm arrived live (not one of the snapshot): the shell notifies the desktop.
    void criticalAlarmRaised(const QJsonObject &alarm);

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
