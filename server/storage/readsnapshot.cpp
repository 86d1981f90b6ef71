#include "storage/readsnapshot.h"

#include "storage/sql.h"

namespace concord {

ReadSnapshot::ReadSnapshot(Sql &sql) : m_sql(sql)
{
    // Transaction control cannot be prepared on PostgreSQL (Qt's QPSQL prepares with SQL PREPARE).
    m_sql.directNamed(QStringLiteral("read.snapshot_begin"));
}

ReadSnapshot::~ReadSnapshot()
{
    // Only reads happened, so ending is all there is to do. A statement left open keeps SQLite
    // from ending the transaction: the second attempt drops the prepared statements first.
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            m_sql.directNamed(QStringLiteral("read.snapshot_end"));
            return;
        } catch (...) {
            m_sql.clearCache();
        }
    }
}

} // namespace concord
