#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace concord::anchorfile {

// One anchor: the audit chain head at one moment, written by one server process. A line of the
// anchor file is this object as compact JSON; audit.verify takes the same objects as `anchors`.
struct Anchor
{
    qint64 seq = 0;
    QString hash;
    QString at;         // server UTC time the head was read
    QString reason;     // start | interval | shutdown
    QString instanceId; // the database's instance ID (as session.hello reports it)
    QString server;     // host name and listening port of the process that wrote it
    qint64 pid = 0;
    QJsonObject toJson() const;
};

// The JSON Schema of one anchor: audit.verify's `anchors` items, and what a line must be.
QJsonObject anchorSchema();

// Appends one line in a single write to the file opened with O_APPEND (so the lines of several
// processes never mix), then fsyncs it. Creates the file (0640) and its directory if needed.
bool append(const QString &path, const QJsonObject &anchor, QString *error);

// Every line of a file: the anchors with their line numbers, and the numbers of the lines that are
// not anchors (blank lines are neither). False with `error` when the file cannot be read.
struct Contents
{
    QList<QPair<int, QJsonObject>> anchors;
    QList<int> unreadable;
};
bool read(const QString &path, Contents *contents, QString *error);

} // namespace concord::anchorfile
