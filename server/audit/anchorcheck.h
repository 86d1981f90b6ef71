#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace concord {

// Compares anchors (audit chain heads kept outside the database) with the rows of the chain while
// audit.verify walks it. A consistent rewrite — triggers dropped, a row changed, every later hash
// recomputed — passes the walk; it cannot give an anchored row its anchored hash back. Each anchor
// whose row carries another hash, or whose row is gone, is a finding.
class AnchorCheck
{
public:
    // `source` says where the anchor came from ("params", "serverFile"); `line` is its position
    // there (1-based). The same seq and hash given twice is checked once.
    void add(const QJsonObject &anchor, const QString &source, int line);
    void countUnreadable(int lines) { m_unreadable += lines; }
    qint64 lastSeq()
    {
        prepare();
        return m_entries.empty() ? 0 : m_entries.back().seq;
    }

    // Every row of the walk, in seq order (gaps allowed).
    void row(qint64 seq, const QByteArray &hash);
    // After the walk: anchors whose seq never came are missing rows (the trail was cut short).
    void finish();

    qint64 mismatches() const { return m_mismatched; }
    // {checked, matched, mismatched, findings: [...]} (findings in seq order, at most kMaxFindings),
    // plus unreadableLines when a file was read.
    QJsonObject toJson() const;
    static constexpr int kMaxFindings = 1000;

private:
    struct Entry
    {
        qint64 seq = 0;
        QString hash;
        QJsonObject anchor;
        QString source;
        int line = 0;
    };
    void prepare();
    void found(const Entry &e, const QString &finding, const QString &foundHash);

    std::vector<Entry> m_entries;
    bool m_prepared = false;
    size_t m_next = 0;
    qint64 m_matched = 0;
    qint64 m_mismatched = 0;
    int m_unreadable = 0;
    QJsonArray m_findings;
};

} // namespace concord
