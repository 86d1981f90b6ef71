#pragma once
#include "audit/auditpdf.h"
#include "core/auditfilter.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <memory>

class QSaveFile;
class QThread;
class QWidget;

namespace concord {
class AuditFetcher;
class RpcClient;
} // namespace concord

namespace concord::ui {

// One export of the audit trail — every row of a filter — to a CSV or PDF file. The rows are read
// page by page while a progress dialog (which can cancel) is up and the window stays usable; the
// PDF is drawn on a worker thread. The file appears only complete: a cancelled or failed export
// leaves nothing behind. The server has no method to record an export, so none is recorded.
class AuditExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Pdf };
    // A PDF is for reading and signing off; past this many rows, narrow the filter or use CSV.
    static constexpr int kPdfMaxRows = 20000;

    AuditExport(RpcClient *client, const AuditFilter &filter, Format format, const QString &path,
                QWidget *window);
    // Rows per audit.query call (1–1000, the server's limit); set before start().
    void setPageSize(int rows) { m_pageSize = rows; }
    ~AuditExport() override;

    void start();
    void cancel();
    Format format() const { return m_format; }
    QString path() const { return m_path; }
    qint64 rows() const { return m_rows; }
    bool isDone() const { return m_done; }
    // The audit chain head ({seq, hash}) the export reflects; the file states it too.
    QJsonObject head() const { return m_head; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // ok: the file is there; message: what to tell the user (translated).
    void finished(bool ok, const QString &message);

private:
    void onPage(const QList<QJsonObject> &rows);
    void onFetched();
    void writePdf();
    void finish(bool ok, const QString &message);

    QPointer<RpcClient> m_client;
    AuditFilter m_filter;
    Format m_format;
    QString m_path;
    QPointer<QWidget> m_window;
    AuditFetcher *m_fetcher = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<QSaveFile> m_csv;
    AuditReport m_report;
    QThread *m_pdfThread = nullptr;
    int m_pageSize = 1000;
    qint64 m_rows = 0;
    QJsonObject m_head;
    bool m_done = false;
};

} // namespace concord::ui
