#pragma once
#include "kiosk/kioskpage.h"

class QLabel;
class QListView;
class QStackedLayout;

namespace concord {
class AlarmModel;
class RpcClient;
} // namespace concord

namespace concord::ui {

class ActiveAlarmsModel;

// The live alarm board: the active (not yet acknowledged) alarms, critical ones on top and larger,
// newest first within a severity, a count per severity, and "No active alarms" in calm green when
// the line is clear. Fed by AlarmModel (snapshot + events), so after a reconnect it catches up from
// the event stream without reloading. Rows that do not fit are counted below the list instead of
// scrolling. While a critical alarm is active the page wants to stay on screen.
class AlarmBoard : public KioskPage
{
    Q_OBJECT
public:
    static inline const QString kPageId = QStringLiteral("alarms");

    explicit AlarmBoard(RpcClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return kPageId; }
    QString title() const override;
    bool wantsToStay() const override { return m_wantsToStay; }
    bool isLoaded() const override;

    AlarmModel *model() const { return m_model; }
    ActiveAlarmsModel *activeAlarms() const { return m_active; }
    QListView *view() const { return m_list; }
    // Active alarms of a severity, as the count tiles show them.
    int count(const QString &severity) const;
    // Rows shown (the rest is summed up in the "more" line).
    int visibleRows() const { return m_visibleRows; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeTile(const QString &severity, const QString &caption);
    void scheduleRefresh();
    void refresh();
    void fitRows();

    AlarmModel *m_model = nullptr;
    ActiveAlarmsModel *m_active = nullptr;
    QStackedLayout *m_content = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_allClear = nullptr;
    QLabel *m_more = nullptr;
    QList<QWidget *> m_tiles;
    bool m_wantsToStay = false;
    bool m_refreshQueued = false;
    int m_visibleRows = 0;
};

} // namespace concord::ui
