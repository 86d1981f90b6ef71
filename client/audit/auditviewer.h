#pragma once
#include "audit/auditexport.h"
#include "core/auditfilter.h"
#include "shell/module.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace concord {
class AuditModel;
class RpcClient;
} // namespace concord

namespace concord::ui {

class AuditDetails;
class AuditFilterBar;

// The audit-trail review (21 CFR 11.10(e)): filters, the trail newest first in pages, the selected
// entry in full, "Verify chain" (audit.verify) with a plain verdict, and export to CSV and PDF.
// Answers the global search with "Audit trail of record <text>" when the trail has that record ID.
class AuditViewer : public QWidget, public SearchProvider, public ScreenshotProvider
{
    Q_OBJECT
public:
    AuditViewer(RpcClient *client, bool mayVerify, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AuditFilterBar *filterBar() const { return m_filterBar; }
    AuditDetails *details() const { return m_details; }

    // Shows the trail for this filter (the fields follow).
    void applyFilter(const AuditFilter &filter);
    // The trail of one record, by its ID (any record type).
    void showRecord(const QString &recordId);
    // Lists the trail from this entry down and selects it (after a broken chain, for instance).
    void showEntry(qint64 seq);
    void verifyChain();
    // Exports every row of the applied filter; the buttons ask for the file name first.
    // pageSize: rows per audit.query call. Returns nullptr while another export runs.
    AuditExport *exportTo(AuditExport::Format format, const QString &path, int pageSize = 1000);

    void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) override;
    // tests/ui/screenshots.sh: an entry's details and the verdict of Verify chain.
    QList<Shot> screenshots() override;

Q_SIGNALS:
    void verifyFinished(bool intact);
    void exportFinished(bool ok, const QString &path);

private:
    void selectPendingEntry();
    void updateStatus();
    void showSelected();
    void chooseExportFile(AuditExport::Format format);
    void setVerifyResult(const QString &text, const QString &style);

    QPointer<RpcClient> m_client;
    AuditModel *m_model = nullptr;
    AuditFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    AuditDetails *m_details = nullptr;
    QPushButton *m_verify = nullptr;
    bool m_mayVerify = false;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_verifyProgress = nullptr;
    QLabel *m_verifyResult = nullptr;
    QPushButton *m_showBroken = nullptr;
    QPointer<AuditExport> m_export;
    qint64 m_brokenSeq = 0;
    qint64 m_pendingSeq = 0; // select this entry once it is loaded
};

} // namespace concord::ui
