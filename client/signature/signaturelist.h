#pragma once
#include <QJsonArray>
#include <QTableWidget>

namespace concord::ui {

// The signatures of one record as a table: meaning, printed name, local date and time with zone,
// signed version, and whether each is still valid (the server checks the record's current content
// against the signed hash). Rows are filled from signature.list / a record's "signatures" array.
class SignatureList : public QTableWidget
{
    Q_OBJECT
public:
    enum Column {
        MeaningColumn,
        NameColumn,
        TimeColumn,
        VersionColumn,
        ValidityColumn,
        CommentColumn,
        ColumnCount
    };

    explicit SignatureList(QWidget *parent = nullptr);
    void setSignatures(const QJsonArray &signatures);
    QJsonArray signatures() const { return m_signatures; }

    // "Valid" or "Not valid: <reason>" for a signature row (translated).
    static QString validityText(const QJsonObject &signature);

private:
    QJsonArray m_signatures;
};

} // namespace concord::ui
