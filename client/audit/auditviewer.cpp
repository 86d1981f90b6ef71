#include "audit/auditviewer.h"

#include "audit/auditdetails.h"
#include "audit/auditfilterbar.h"
#include "core/auditmodel.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
const QString kNeutral = QStringLiteral("padding: 6px;");
const QString kGood = QStringLiteral("padding: 6px; color: #1b5e20; background: #e8f5e9; font-weight: bold;");
const QString kBad = QStringLiteral("padding: 6px; color: white; background: #b00020; font-weight: bold;");
const QString kErrorText = QStringLiteral("color: #b00020;");
} // namespace

AuditViewer::AuditViewer(RpcClient *client, bool mayVerify, QWidget *parent)
    : QWidget(parent), m_client(client), m_mayVerify(mayVerify)
{
    setObjectName(QStringLiteral("auditViewer"));
    m_model = new AuditModel(client, this);
    m_filterBar = new AuditFilterBar(this);
    connect(m_filterBar, &AuditFilterBar::applyRequested, this,
            [this] { applyFilter(m_filterBar->filter()); });
    connect(m_filterBar, &AuditFilterBar::clearRequested, this, [this] { applyFilter({}); });

    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setToolTip(
        tr("Recompute the hash of every entry of the whole trail and check that none was changed, "
           "removed or inserted"));
    m_verify->setVisible(mayVerify);
    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verifyChain);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(AuditExport::Format::Csv); });
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExportFile(AuditExport::Format::Pdf); });
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Load the entries again, with those written since"));
    connect(m_refresh, &QPushButton::clicked, m_model, &AuditModel::reload);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true); // a long export path must not widen the window
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportPdf);
    actions->addWidget(m_refresh);
    actions->addWidget(m_status, 1);

    m_verifyProgress = new QProgressBar(this);
    m_verifyProgress->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyProgress->setRange(0, 0); // the server walks the chain in one call: busy, not a percentage
    m_verifyProgress->setMaximumWidth(160);
    m_verifyProgress->hide();
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->hide();
    m_showBroken = new QPushButton(this);
    m_showBroken->setObjectName(QStringLiteral("showBrokenEntry"));
    m_showBroken->hide();
    connect(m_showBroken, &QPushButton::clicked, this, [this] { showEntry(m_brokenSeq); });
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_verifyProgress);
    verdict->addWidget(m_verifyResult, 1);
    verdict->addWidget(m_showBroken);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    // The order is the chain's (newest first) and pages are fetched in it: no sorting by column.
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditViewer::showSelected);

    m_details = new AuditDetails(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addLayout(verdict);
    layout->addWidget(splitter, 1);

    connect(m_model, &AuditModel::modelReset, this, [this] { m_details->setRow({}); });
    connect(m_model, &AuditModel::loadingChanged, this, &AuditViewer::updateStatus);
    connect(m_model, &AuditModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        // Long reasons would push the changes out of sight; the tool tip has them in full.
        const int reasonWidth = m_view->fontMetrics().averageCharWidth() * 32;
        if (m_view->columnWidth(AuditModel::ReasonColumn) > reasonWidth)
            m_view->setColumnWidth(AuditModel::ReasonColumn, reasonWidth);
        selectPendingEntry();
    });
    connect(m_model, &AuditModel::loadFailed, this, [this] { updateStatus(); });
    updateStatus();
}

void AuditViewer::applyFilter(const AuditFilter &filter)
{
    m_filterBar->setFilter(filter);
    m_model->setFilter(filter);
}

void AuditViewer::showRecord(const QString &recordId)
{
    AuditFilter filter;
    filter.recordId = recordId.trimmed();
    applyFilter(filter);
}

void AuditViewer::showEntry(qint64 seq)
{
    if (seq <= 0) return;
    m_pendingSeq = seq;
    AuditFilter filter;
    filter.upToSeq = seq;
    applyFilter(filter);
}

void AuditViewer::selectPendingEntry()
{
    const qint64 seq = std::exchange(m_pendingSeq, 0);
    if (seq <= 0 || m_model->rowCount() == 0) return;
    int row = m_model->rowOfSeq(seq);
    if (row < 0) {
        // Removed from the table: what is shown is the entry before the gap.
        m_status->setStyleSheet(kErrorText);
        m_status->setText(
            tr("Entry #%1 is missing from the trail; the entry before it is selected.").arg(seq));
        row = 0;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_view->setFocus();
}

void AuditViewer::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_details->setRow(current.isValid() ? m_model->auditRow(current.row()) : QJsonObject());
}

void AuditViewer::updateStatus()
{
    if (!m_model->lastError().isNull()) {
        m_status->setStyleSheet(kErrorText);
        m_status->setText(errorText(m_model->lastError()));
        return;
    }
    m_status->setStyleSheet(QString());
    if (m_model->isLoading() && !m_model->isLoaded()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0 && m_model->isLoaded())
        m_status->setText(tr("No entries match the filter."));
    else if (m_model->hasMore())
        m_status->setText(tr("%L1 entries shown; scroll down for older ones").arg(rows));
    else
        m_status->setText(tr("%L1 entries").arg(rows));
}

void AuditViewer::setVerifyResult(const QString &text, const QString &style)
{
    m_verifyResult->setText(text);
    m_verifyResult->setStyleSheet(style);
    m_verifyResult->setVisible(!text.isEmpty());
}

void AuditViewer::verifyChain()
{
    if (!m_client || !m_verify->isEnabled()) return;
    m_verify->setEnabled(false);
    m_showBroken->hide();
    m_verifyProgress->show();
    m_verifyResult->setToolTip(QString());
    setVerifyResult(
        tr("Verifying the whole audit trail… On a large trail this takes a while; you can go on working."),
        kNeutral);
    m_client->call(
        QStringLiteral("audit.verify"), {}, this, [this](const QJsonObject &result, const RpcError &error) {
            m_verify->setEnabled(true);
            m_verifyProgress->hide();
            if (!error.isNull()) {
                setVerifyResult(errorText(error), kBad);
                Q_EMIT verifyFinished(false);
                return;
            }
            const QDateTime at =
                m_client ? m_client->serverTime().toLocalTime() : QDateTime::currentDateTime();
            const QString when = tr("Checked at %1").arg(AuditModel::localTimeText(at));
            if (result.value(QStringLiteral("ok")).toBool()) {
                m_brokenSeq = 0;
                setVerifyResult(tr("The audit trail is intact: %L1 entries verified")
                                    .arg(result.value(QStringLiteral("rowsChecked")).toInteger()),
                                kGood);
                m_verifyResult->setToolTip(when);
                Q_EMIT verifyFinished(true);
                return;
            }
            const QJsonObject broken = result.value(QStringLiteral("firstBroken")).toObject();
            m_brokenSeq = broken.value(QStringLiteral("seq")).toInteger();
            setVerifyResult(tr("The audit trail was altered: the first broken entry is #%1").arg(m_brokenSeq),
                            kBad);
            // The server's reason is English technical detail, for the investigation.
            m_verifyResult->setToolTip(when + QLatin1Char('\n') +
                                       broken.value(QStringLiteral("reason")).toString());
            m_showBroken->setText(tr("Show entry #%1").arg(m_brokenSeq));
            m_showBroken->show();
            Q_EMIT verifyFinished(false);
        });
}

void AuditViewer::chooseExportFile(AuditExport::Format format)
{
    const bool csv = format == AuditExport::Format::Csv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("audit-trail-%1.%2")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                                  csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export the audit trail to CSV") : tr("Export the audit trail to PDF"),
        QDir(dir).filePath(name), csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) exportTo(format, path);
}

AuditExport *AuditViewer::exportTo(AuditExport::Format format, const QString &path, int pageSize)
{
    if (m_export && !m_export->isDone()) return nullptr; // one at a time; the buttons are disabled meanwhile
    m_export = new AuditExport(m_client, m_model->filter(), format, path, this);
    m_export->setPageSize(pageSize);
    m_exportCsv->setEnabled(false);
    m_exportPdf->setEnabled(false);
    connect(m_export, &AuditExport::finished, this,
            [this, path, exporter = m_export.data()](bool ok, const QString &message) {
                m_exportCsv->setEnabled(true);
                m_exportPdf->setEnabled(true);
                m_status->setStyleSheet(ok ? QString() : kErrorText);
                m_status->setText(message);
                exporter->deleteLater();
                Q_EMIT exportFinished(ok, path);
            });
    m_export->start();
    return m_export;
}

void AuditViewer::search(const QString &text, std::function<void(const QList<SearchHit> &)> done)
{
    const QString id = text.trimmed();
    if (id.isEmpty() || !m_client) {
        done({});
        return;
    }
    // Offered only when the trail has entries for that record ID (of any type): a hit for every
    // text would turn each scan into a menu instead of opening the one real hit at once. The
    // client is the context, not this page, so that `done` is called exactly once whatever happens.
    QPointer<AuditViewer> self(this);
    const QJsonObject params{{QStringLiteral("recordId"), id}, {QStringLiteral("limit"), 1}};
    m_client->call(QStringLiteral("audit.query"), params, m_client,
                   [self, id, done = std::move(done)](const QJsonObject &result, const RpcError &error) {
                       if (!self || !error.isNull() ||
                           result.value(QStringLiteral("rows")).toArray().isEmpty()) {
                           done({});
                           return;
                       }
                       done({SearchHit{tr("Audit trail of record %1").arg(id), [self, id] {
                                           if (!self) return;
                                           self->showRecord(id);
                                           if (auto *window = qobject_cast<MainWindow *>(self->window()))
                                               window->showModule(QStringLiteral("audit"));
                                       }}});
                   });
}

QList<ScreenshotProvider::Shot> AuditViewer::screenshots()
{
    if (!m_mayVerify) return {};
    // The newest entry that changed something, so that the details show old → new values.
    return {{QStringLiteral("verified"),
             [this]() -> QWidget * {
                 for (int row = 0; row < m_model->rowCount(); ++row) {
                     if (!m_model->auditRow(row).value(QStringLiteral("changes")).toObject().isEmpty()) {
                         m_view->selectRow(row);
                         break;
                     }
                 }
                 verifyChain();
                 return nullptr; // the whole window
             },
             {}}};
}

} // namespace concord::ui
