#include "audit/auditexport.h"

#include "audit/auditfilterbar.h"
#include "core/auditcsv.h"
#include "core/auditfetcher.h"
#include "core/rpcclient.h"
#include "core/timetext.h"
#include "shell/errortext.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>

namespace concord::ui {

AuditExport::AuditExport(RpcClient *client, const AuditFilter &filter, Format format, const QString &path,
                         QWidget *window)
    : QObject(window), m_client(client), m_filter(filter), m_format(format), m_path(path), m_window(window)
{
}

AuditExport::~AuditExport()
{
    // The PDF thread only reads its own copy of the rows; let it end rather than pull the file
    // from under it.
    if (m_pdfThread) {
        m_pdfThread->wait();
        delete m_pdfThread;
    }
    if (m_progress) delete m_progress.data();
}

void AuditExport::start()
{
    if (m_fetcher || m_done) return;
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<QSaveFile>(m_path);
        if (!m_csv->open(QIODevice::WriteOnly)) {
            finish(false, tr("Cannot write %1: %2").arg(m_path, m_csv->errorString()));
            return;
        }
        m_csv->write(auditcsv::byteOrderMark() + auditcsv::headerLine());
    }

    m_progress = new QProgressDialog(tr("Reading the audit trail…"), tr("Cancel"), 0, 100, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(m_format == Format::Csv ? tr("Export to CSV") : tr("Export to PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300); // a small export finishes before anything flashes up
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &AuditExport::cancel);

    m_fetcher = new AuditFetcher(m_client, m_filter, m_pageSize, this);
    connect(m_fetcher, &AuditFetcher::page, this, &AuditExport::onPage);
    connect(m_fetcher, &AuditFetcher::finished, this, &AuditExport::onFetched);
    connect(m_fetcher, &AuditFetcher::failed, this,
            [this](const RpcError &e) { finish(false, errorText(e)); });
    m_fetcher->start();
}

void AuditExport::onPage(const QList<QJsonObject> &rows)
{
    if (m_done) return;
    m_rows += rows.size();
    if (m_format == Format::Csv) {
        QByteArray chunk;
        for (const QJsonObject &row : rows)
            chunk += auditcsv::line(row);
        if (m_csv->write(chunk) != chunk.size()) {
            finish(false, tr("Cannot write %1: %2").arg(m_path, m_csv->errorString()));
            return;
        }
    } else {
        if (m_rows > kPdfMaxRows) {
            finish(false,
                   tr("More than %L1 entries match the filter: too many for a PDF. Narrow the filter, or "
                      "export to CSV.")
                       .arg(kPdfMaxRows));
            return;
        }
        m_report.rows += rows;
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Reading the audit trail… %L1 entries so far").arg(m_rows));
        m_progress->setValue(m_fetcher->percentDone());
    }
}

void AuditExport::onFetched()
{
    if (m_done) return;
    m_head = m_fetcher->head();
    if (m_format == Format::Csv) {
        const QByteArray footer = auditcsv::headLine(m_head);
        if (m_csv->write(footer) != footer.size() || !m_csv->commit()) {
            finish(false, tr("Cannot write %1: %2").arg(m_path, m_csv->errorString()));
            return;
        }
        finish(true, tr("%L1 entries exported to %2").arg(m_rows).arg(m_path));
        return;
    }
    writePdf();
}

void AuditExport::writePdf()
{
    // Who exported what and when, by the server's clock (the one the trail is written with).
    const QJsonObject user = m_client ? m_client->user() : QJsonObject();
    const QString username = user.value(QStringLiteral("username")).toString();
    const QString fullName = user.value(QStringLiteral("fullName")).toString();
    const QDateTime now = m_client ? m_client->serverTime() : QDateTime::currentDateTimeUtc();
    m_report.title = tr("Audit trail");
    m_report.filterText = AuditFilterBar::describe(m_filter);
    m_report.exportedBy = fullName.isEmpty() ? username : QStringLiteral("%1 (%2)").arg(fullName, username);
    if (m_head.contains(QStringLiteral("seq")))
        m_report.chainHead = tr("entry #%1, hash %2")
                                 .arg(m_head.value(QStringLiteral("seq")).toInteger())
                                 .arg(m_head.value(QStringLiteral("hash")).toString());
    m_report.exportedAt =
        tr("%1 (UTC %2)")
            .arg(timetext::local(now),
                 now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (m_progress) {
        m_progress->setLabelText(tr("Writing the PDF (%L1 entries)…").arg(m_rows));
        m_progress->setRange(0, 0); // busy: the layout gives no progress to report
        if (auto *button = m_progress->findChild<QPushButton *>())
            button->setEnabled(false); // the drawing cannot be interrupted; it ends by itself
    }
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_pdfThread = QThread::create([outcome, path = m_path, report = std::exchange(m_report, {})] {
        outcome->ok = writeAuditPdf(path, report, &outcome->error);
    });
    connect(m_pdfThread, &QThread::finished, this, [this, outcome] {
        if (outcome->ok)
            finish(true, tr("%L1 entries exported to %2").arg(m_rows).arg(m_path));
        else
            finish(false, outcome->error);
    });
    m_pdfThread->start();
}

void AuditExport::cancel()
{
    if (m_done || m_pdfThread) return;
    finish(false, tr("The export was cancelled; no file was written."));
}

void AuditExport::finish(bool ok, const QString &message)
{
    if (m_done) return;
    m_done = true;
    if (m_fetcher) m_fetcher->cancel();
    if (m_csv && !ok) m_csv->cancelWriting(); // nothing half-written is left behind
    m_csv.reset();
    m_report.rows.clear();
    if (m_progress) {
        m_progress->disconnect(this); // closing it must not count as Cancel
        m_progress->hide();
        m_progress->deleteLater();
    }
    Q_EMIT finished(ok, message);
}

} // namespace concord::ui
