#pragma once
#include "core/datadictionary.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace concord::ui::dictionaryreport {

// The data dictionary as a document: CSV (UTF-8 with a byte-order mark, RFC 4180, one row per field
// with the entity's name and label in front, header first), HTML (title, generated-at, one table
// of fields per entity) and PDF (that HTML on A4 pages, "Page x of y" in the footer). Uses QtGui
// only, no widgets, so that it can run on a worker thread. The files appear only complete.

struct Header
{
    QString title;
    QString generatedAt; // local time with zone (and UTC)
    QString generatedBy;
};

// Called after each entity with (entities done, all entities); return false to stop (cancel).
using Progress = std::function<bool(int done, int total)>;

QByteArray csvHeaderLine();
QByteArray csvLines(const QJsonObject &entity); // the entity's fields, one line each
QString html(const DataDictionary &dictionary, const Header &header, const Progress &progress = {});

// Each returns false with `error` set (translated) when the file cannot be written or the export
// was stopped; a stopped export leaves no file.
bool writeCsv(const QString &path, const DataDictionary &dictionary, const Progress &progress, QString *error);
bool writeHtml(const QString &path, const DataDictionary &dictionary, const Header &header, const Progress &progress,
               QString *error);
bool writePdf(const QString &path, const DataDictionary &dictionary, const Header &header, const Progress &progress,
              QString *error);

} // namespace concord::ui::dictionaryreport
