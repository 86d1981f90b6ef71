#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace concord::ui {

// What an audit-trail PDF shows besides the rows: what was asked, by whom and when.
struct AuditReport
{
    QString title;
    QString filterText;
    QString exportedBy;
    QString exportedAt; // server time, local with zone and UTC
    QString chainHead;  // the audit chain head the rows reflect (entry and hash)
    QList<QJsonObject> rows;
};

// Writes the report as a PDF: A4 landscape, the rows as a table whose header repeats on every page,
// "Page x of y" in the footer. The file appears only complete (written to a temporary file first).
// Uses QtGui painting only, no widgets, so that it can run on a worker thread while the window
// stays usable. Returns false and sets `error` (translated) when the file cannot be written.
bool writeAuditPdf(const QString &path, const AuditReport &report, QString *error);

} // namespace concord::ui
