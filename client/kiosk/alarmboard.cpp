#include "kiosk/alarmboard.h"

#include "core/alarmmodel.h"
#include "kiosk/activealarmsmodel.h"
#include "kiosk/alarmboarddelegate.h"
#include "kiosk/darktheme.h"
#include "shell/errortext.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
const QStringList kSeverities{QStringLiteral("critical"), QStringLiteral("warning"), QStringLiteral("info")};

QString countName(const QString &severity)
{
    return QStringLiteral("count") + severity.left(1).toUpper() + severity.mid(1); // countCritical …
}
} // namespace

AlarmBoard::AlarmBoard(RpcClient *client, QWidget *parent) : KioskPage(parent)
{
    setObjectName(QStringLiteral("alarmBoard"));
    m_model = new AlarmModel(client, this);
    m_model->setMaxRows(1000); // the most alarm.list gives
    m_model->setActiveOnly(true); // every open alarm, however old; acknowledged ones leave
    m_active = new ActiveAlarmsModel(this);
    m_active->setSourceModel(m_model);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(24);
    tiles->addWidget(makeTile(kSeverities.at(0), tr("Critical")), 1);
    tiles->addWidget(makeTile(kSeverities.at(1), tr("Warning")), 1);
    tiles->addWidget(makeTile(kSeverities.at(2), tr("Info")), 1);

    m_status = new QLabel(tr("Loading alarms…"), this);
    m_status->setObjectName(QStringLiteral("alarmBoardStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("alarmBoardList"));
    m_list->setModel(m_active);
    m_list->setItemDelegate(new AlarmBoardDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->viewport()->installEventFilter(this); // its height decides how many rows fit

    m_allClear = new QLabel(tr("No active alarms"), this);
    m_allClear->setObjectName(QStringLiteral("allClear"));
    m_allClear->setAlignment(Qt::AlignCenter);

    auto *content = new QWidget(this);
    m_content = new QStackedLayout(content);
    m_content->addWidget(m_status);
    m_content->addWidget(m_list);
    m_content->addWidget(m_allClear);

    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("moreAlarms"));
    m_more->setAlignment(Qt::AlignCenter);
    m_more->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addLayout(tiles);
    layout->addWidget(content, 1);
    layout->addWidget(m_more);

    connect(m_active, &QAbstractItemModel::rowsInserted, this, &AlarmBoard::scheduleRefresh);
    connect(m_active, &QAbstractItemModel::rowsRemoved, this, &AlarmBoard::scheduleRefresh);
    connect(m_active, &QAbstractItemModel::modelReset, this, &AlarmBoard::scheduleRefresh);
    connect(m_active, &QAbstractItemModel::layoutChanged, this, &AlarmBoard::scheduleRefresh);
    connect(m_active, &QAbstractItemModel::dataChanged, this, &AlarmBoard::scheduleRefresh);
    connect(m_model, &AlarmModel::loaded, this, [this] {
        refresh();
        Q_EMIT loadedChanged();
    });
    connect(m_model, &AlarmModel::loadFailed, this, [this](const RpcError &e) {
        m_status->setText(tr("The alarms could not be loaded: %1").arg(errorText(e)));
        m_content->setCurrentWidget(m_status);
    });
    refresh();
}

QString AlarmBoard::title() const
{
    return tr("Active alarms");
}

bool AlarmBoard::isLoaded() const
{
    return m_model->isLoaded();
}

int AlarmBoard::count(const QString &severity) const
{
    return m_active->count(severity);
}

QWidget *AlarmBoard::makeTile(const QString &severity, const QString &caption)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile") + countName(severity).mid(5));
    tile->setProperty("kioskRole", QStringLiteral("countTile"));
    tile->setProperty("severity", severity);
    tile->setProperty("active", false);
    auto *number = new QLabel(QStringLiteral("–"), tile);
    number->setObjectName(countName(severity));
    number->setProperty("kioskRole", QStringLiteral("countNumber"));
    auto *label = new QLabel(caption, tile);
    label->setProperty("kioskRole", QStringLiteral("countCaption"));
    auto *layout = new QHBoxLayout(tile);
    layout->setContentsMargins(28, 8, 28, 8);
    layout->addWidget(label, 1, Qt::AlignVCenter | Qt::AlignLeft);
    layout->addWidget(number, 0, Qt::AlignVCenter | Qt::AlignRight);
    m_tiles.append(tile);
    return tile;
}

void AlarmBoard::scheduleRefresh()
{
    // Events come in bursts after a reconnect: recount once per burst.
    if (m_refreshQueued) return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void AlarmBoard::refresh()
{
    const bool loaded = m_model->isLoaded();
    for (QWidget *tile : std::as_const(m_tiles)) {
        const QString severity = tile->property("severity").toString();
        const int n = loaded ? m_active->count(severity) : 0;
        tile->findChild<QLabel *>(countName(severity))
            ->setText(loaded ? QString::number(n) : QStringLiteral("–"));
        if (tile->property("active").toBool() != (n > 0)) {
            tile->setProperty("active", n > 0);
            darktheme::repolish(tile);
            for (QLabel *l : tile->findChildren<QLabel *>())
                darktheme::repolish(l);
        }
    }
    if (!loaded) {
        if (m_content->currentWidget() != m_status) m_content->setCurrentWidget(m_status);
    } else if (m_active->rowCount() == 0) {
        m_content->setCurrentWidget(m_allClear);
    } else {
        m_content->setCurrentWidget(m_list);
    }
    fitRows();
    const bool stay = loaded && m_active->count(kSeverities.at(0)) > 0;
    if (stay != m_wantsToStay) {
        m_wantsToStay = stay;
        Q_EMIT wantsToStayChanged(stay);
    }
}

void AlarmBoard::fitRows()
{
    // A TV cannot be scrolled: show the rows that fit whole, and say how many more there are.
    const int total = m_active->rowCount();
    const auto fitting = [this, total](int height) {
        int used = 0;
        int rows = 0;
        for (; rows < total; ++rows) {
            used += AlarmBoardDelegate::rowHeight(
                m_list->font(), m_active->index(rows, 0).data(AlarmModel::SeverityRole).toString());
            if (used > height) break;
        }
        return rows;
    };
    const int height = m_list->viewport()->height() + (m_more->isVisible() ? m_more->height() + 20 : 0);
    int fit = fitting(height);
    if (fit < total) fit = fitting(height - m_more->sizeHint().height() - 20);
    fit = std::max(fit, std::min(total, 1));
    for (int row = 0; row < total; ++row)
        m_list->setRowHidden(row, row >= fit);
    m_visibleRows = fit;
    const int hidden = total - fit;
    if (hidden > 0) m_more->setText(tr("… and %1 more not shown").arg(hidden));
    m_more->setVisible(hidden > 0 && m_content->currentWidget() == m_list);
}

bool AlarmBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) scheduleRefresh();
    return KioskPage::eventFilter(watched, event);
}

void AlarmBoard::resizeEvent(QResizeEvent *event)
{
    KioskPage::resizeEvent(event);
    scheduleRefresh();
}

void AlarmBoard::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    scheduleRefresh();
}

} // namespace concord::ui
