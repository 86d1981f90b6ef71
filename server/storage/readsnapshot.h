#pragma once

namespace concord {
class Sql;

// Makes the reads of one handler see one state of the database: from the first statement on,
// every statement reads the database as of that moment (SQLite: a read transaction in WAL mode;
// PostgreSQL: REPEATABLE READ). For reports that must say which audit head they reflect. Ends
// with the object; an exception unwinding through it ends the transaction too.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Sql &sql);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Sql &m_sql;
};

} // namespace concord
