#pragma once
#include "core/rpcclient.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFrame;
class QGraphicsOpacityEffect;
class QLabel;
class QStackedWidget;

namespace concord::ui {

class KioskPage;
class KioskSession;

// The shop TV's one window: a header (plant/line name, page title, connection state, server
// time), a full-width banner while the data is not live, the pages in a QStackedWidget shown in
// turn on a timer, and a small page indicator. No input is ever needed. While the connection is
// down the last data stays up, dimmed, under the banner that says since when it is stale.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    KioskWindow(RpcClient *client, KioskSession *session, const QString &name, QWidget *parent = nullptr);

    // Takes ownership. Pages are shown in the order added.
    void addPage(KioskPage *page);
    int pageCount() const;
    KioskPage *page(int index) const;
    KioskPage *currentPage() const;
    int currentIndex() const;
    void showPage(int index);
    // What the rotation timer does: the next page — among the pages that want to stay, if any do.
    void nextPage();
    void setRotationIntervalMs(int ms);
    int rotationIntervalMs() const { return m_rotation.interval(); }

    // The banner is up and the pages are dimmed: what they show is not live.
    bool isStale() const;
    QLabel *banner() const { return m_banner; }
    static QString connectionText(RpcClient::State state, bool usable);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onPageWantsToStay(KioskPage *page, bool stay);
    void updatePageInfo();
    void updateConnection();
    void updateClock();
    void applyScale();

    QPointer<RpcClient> m_client;
    QPointer<KioskSession> m_session;
    QFrame *m_header = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    QGraphicsOpacityEffect *m_dim = nullptr;
    QLabel *m_indicator = nullptr;
    QList<KioskPage *> m_pageList;
    QTimer m_rotation;
    QTimer m_clockTimer;
    double m_scale = 0;
};

} // namespace concord::ui
