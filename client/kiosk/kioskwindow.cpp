#include "kiosk/kioskwindow.h"

#include "kiosk/darktheme.h"
#include "kiosk/kioskpage.h"
#include "kiosk/kiosksession.h"

#include <QFrame>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace concord::ui {

KioskWindow::KioskWindow(RpcClient *client, KioskSession *session, const QString &name, QWidget *parent)
    : QWidget(parent), m_client(client), m_session(session)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(name);
    setAttribute(Qt::WA_StyledBackground);
    setCursor(Qt::BlankCursor); // nobody uses a mouse at the TV; a stray pointer would only hide text
    setFocusPolicy(Qt::NoFocus);
    darktheme::applyPalette(this);

    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("kioskHeader"));
    m_header->setProperty("alert", false);
    m_name = new QLabel(name, m_header);
    m_name->setObjectName(QStringLiteral("kioskName"));
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("kioskPageTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_connection = new QLabel(m_header);
    m_connection->setObjectName(QStringLiteral("kioskConnection"));
    m_clock = new QLabel(m_header);
    m_clock->setObjectName(QStringLiteral("kioskClock"));
    auto *header = new QHBoxLayout(m_header);
    header->addWidget(m_name, 2);
    header->addWidget(m_title, 2);
    header->addStretch(1);
    header->addWidget(m_connection, 0, Qt::AlignVCenter);
    header->addSpacing(24);
    header->addWidget(m_clock, 0, Qt::AlignVCenter);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("kioskBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    m_dim = new QGraphicsOpacityEffect(m_pages);
    m_dim->setOpacity(0.35);
    m_dim->setEnabled(false);
    m_pages->setGraphicsEffect(m_dim);

    m_indicator = new QLabel(this);
    m_indicator->setObjectName(QStringLiteral("pageIndicator"));
    m_indicator->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_indicator);

    m_rotation.setInterval(20000);
    connect(&m_rotation, &QTimer::timeout, this, &KioskWindow::nextPage);
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskWindow::updateClock);
    m_clockTimer.start();
    connect(client, &RpcClient::stateChanged, this, &KioskWindow::updateConnection);
    connect(session, &KioskSession::problemChanged, this, &KioskWindow::updateConnection);
    applyScale();
    updateConnection();
    updateClock();
    updatePageInfo();
}

void KioskWindow::addPage(KioskPage *page)
{
    m_pageList.append(page);
    m_pages->addWidget(page);
    connect(page, &KioskPage::wantsToStayChanged, this,
            [this, page](bool stay) { onPageWantsToStay(page, stay); });
    if (m_pageList.size() > 1 && !m_rotation.isActive()) m_rotation.start();
    if (page->wantsToStay()) onPageWantsToStay(page, true);
    updatePageInfo();
}

int KioskWindow::pageCount() const
{
    return int(m_pageList.size());
}
KioskPage *KioskWindow::page(int index) const
{
    return m_pageList.value(index);
}
KioskPage *KioskWindow::currentPage() const
{
    return qobject_cast<KioskPage *>(m_pages->currentWidget());
}
int KioskWindow::currentIndex() const
{
    return m_pages->currentIndex();
}

void KioskWindow::showPage(int index)
{
    if (index < 0 || index >= m_pageList.size()) return;
    m_pages->setCurrentIndex(index);
    if (m_pageList.size() > 1) m_rotation.start(); // the page shown now gets its full time
    updatePageInfo();
}

void KioskWindow::nextPage()
{
    if (m_pageList.size() < 2) return;
    QList<int> candidates;
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList.at(i)->wantsToStay()) candidates.append(i);
    }
    if (candidates.isEmpty()) {
        for (int i = 0; i < m_pageList.size(); ++i)
            candidates.append(i);
    }
    const int current = currentIndex();
    int next = candidates.first();
    for (const int i : std::as_const(candidates)) {
        if (i > current) {
            next = i;
            break;
        }
    }
    showPage(next);
}

void KioskWindow::setRotationIntervalMs(int ms)
{
    m_rotation.setInterval(ms);
    if (m_pageList.size() > 1) m_rotation.start();
}

void KioskWindow::onPageWantsToStay(KioskPage *page, bool stay)
{
    // Something urgent comes to the front at once, unless the page shown is urgent itself.
    KioskPage *current = currentPage();
    if (stay && current != page && !(current && current->wantsToStay()))
        showPage(int(m_pageList.indexOf(page)));
    updatePageInfo();
}

void KioskWindow::updatePageInfo()
{
    KioskPage *current = currentPage();
    m_title->setText(current ? current->title() : QString());
    // The header turns red while the page shown is urgent: steady, not flashing, so that the text
    // stays readable and nobody has to look at a strobe all shift.
    const bool alert = current && current->wantsToStay();
    if (m_header->property("alert").toBool() != alert) {
        m_header->setProperty("alert", alert);
        darktheme::repolish(m_header);
    }
    QStringList dots;
    for (KioskPage *p : std::as_const(m_pageList))
        dots.append(p == current ? QStringLiteral("●") : QStringLiteral("○"));
    m_indicator->setText(dots.join(QLatin1Char(' ')));
    m_indicator->setVisible(m_pageList.size() > 1);
}

QString KioskWindow::connectionText(RpcClient::State state, bool usable)
{
    if (usable) return tr("Live");
    switch (state) {
    case RpcClient::State::Connecting:
        return tr("Connecting…");
    case RpcClient::State::Connected:
    case RpcClient::State::Authenticated:
        return tr("Signing in…");
    case RpcClient::State::Reconnecting:
    case RpcClient::State::Disconnected:
        break;
    }
    return tr("Offline");
}

bool KioskWindow::isStale() const
{
    return m_dim->isEnabled();
}

void KioskWindow::updateConnection()
{
    if (!m_client || !m_session) return;
    const RpcClient::State state = m_client->state();
    const bool usable = m_client->sessionUsable();
    m_connection->setText(connectionText(state, usable));
    const QString kind = usable ? QStringLiteral("live")
                         : state == RpcClient::State::Reconnecting || state == RpcClient::State::Disconnected
                             ? QStringLiteral("offline")
                             : QStringLiteral("connecting");
    if (m_connection->property("state").toString() != kind) {
        m_connection->setProperty("state", kind);
        darktheme::repolish(m_connection);
    }

    QString text;
    QString bannerKind = QStringLiteral("offline");
    if (!usable) {
        const QDateTime last = m_session->lastUpdate();
        if (!m_session->problem().isEmpty()) {
            text = m_session->problem();
            bannerKind = QStringLiteral("problem");
        } else if (m_session->everLive() && last.isValid()) {
            text = tr("Connection to the server lost — reconnecting… last update %1")
                       .arg(last.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        } else {
            text = tr("Connecting to the server %1…").arg(m_client->hostPort());
        }
    }
    if (m_banner->text() != text) m_banner->setText(text);
    if (m_banner->property("kind").toString() != bannerKind) {
        m_banner->setProperty("kind", bannerKind);
        darktheme::repolish(m_banner);
    }
    m_banner->setVisible(!usable);
    // Data that is no longer live stays readable but visibly in the background.
    m_dim->setEnabled(!usable && m_session->everLive());
}

void KioskWindow::updateClock()
{
    if (!m_client) return;
    m_clock->setText(m_client->serverTime().toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void KioskWindow::applyScale()
{
    const double scale = darktheme::scaleFor(width(), height());
    if (std::abs(scale - m_scale) < 0.02) return;
    m_scale = scale;
    setStyleSheet(darktheme::styleSheet(scale));
    const int margin = int(24 * scale);
    m_header->layout()->setContentsMargins(int(32 * scale), int(14 * scale), int(32 * scale),
                                           int(14 * scale));
    m_pages->setContentsMargins(margin * 4 / 3, margin, margin * 4 / 3, margin / 2);
    m_indicator->setContentsMargins(margin, 0, margin * 4 / 3, margin / 2);
}

} // namespace concord::ui
