#pragma once
#include <QString>
#include <QVariantList>
#include <memory>

namespace concord::bench {

// The thinnest way this build has to SQLite: the sqlite3 C API when its headers were found at
// configure time (CONCORD_BENCH_HAVE_SQLITE3), else Qt's QSQLITE driver. Prepared statements,
// positional parameters; used by the raw baseline only.
class RawSqlite
{
public:
    RawSqlite();
    ~RawSqlite();
    static QString engine();

    bool open(const QString &path, QString *error);
    bool exec(const QString &sql);
    int prepare(const QString &sql); // statement handle, -1 on error
    // Binds (integers as integers, everything else as text), runs, resets. Returns the last
    // inserted rowid, or -1 on error.
    qint64 run(int statement, const QVariantList &values);
    QString lastError() const;
    void close();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace concord::bench
