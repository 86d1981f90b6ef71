#pragma once
#include <QSortFilterProxyModel>

namespace concord::ui {

// Filters the dictionary's entities by a text found in the entity or in any of its fields (a field
// name such as "gtin" finds the entity that has it), case-insensitively.
class DictionaryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DictionaryFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace concord::ui
