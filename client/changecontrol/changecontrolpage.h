#pragma once
#include "shell/module.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class ChangeOrderModel;
class ChangeOrderPanel;

// The Change control module: change orders (ECO, 变更单) newest first, live from eco.changed,
// filtered by status, with the selected order below (ChangeOrderPanel). Authors open new orders
// here. Order numbers answer the global search box.
class ChangeControlPage : public QWidget, public SearchProvider, public ScreenshotProvider
{
    Q_OBJECT
public:
    ChangeControlPage(RpcClient *client, QWidget *parent = nullptr);

    ChangeOrderModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ChangeOrderPanel *panel() const { return m_panel; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    bool isLoaded() const;
    bool selectOrder(qint64 id);
    qint64 selectedId() const;
    void newOrder();

    void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) override;
    QList<Shot> screenshots() override;

private:
    void showSelected();

    QPointer<RpcClient> m_client;
    ChangeOrderModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_status = nullptr;
    ChangeOrderPanel *m_panel = nullptr;
    qint64 m_wanted = 0; // to select once the list has it
};

} // namespace concord::ui
