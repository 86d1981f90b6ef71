#pragma once
#include <QByteArray>
#include <QList>

namespace concord {

// Splits a byte stream into '\n'-terminated lines with a hard length limit. Used by the server
// connection and by every client so both ends enforce the same framing.
class LineFramer
{
public:
    explicit LineFramer(qsizetype maxLineBytes) : m_max(maxLineBytes) {}

    // Appends bytes and moves complete lines (without '\n', '\r' trimmed) into `lines`.
    // Returns false once a line exceeds the limit; the framer is then unusable.
    bool feed(const QByteArray &bytes, QList<QByteArray> &lines);
    bool overflowed() const { return m_overflow; }
    qsizetype maxLineBytes() const { return m_max; }
    // Applies from the next feed() (a pending partial line longer than the new limit overflows).
    void setMaxLineBytes(qsizetype maxLineBytes) { m_max = maxLineBytes; }
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_max;
    qsizetype m_scanFrom = 0;
    bool m_overflow = false;
};

} // namespace concord
