#include "dictionary/dictionaryfilter.h"

#include "dictionary/dictionaryentitymodel.h"

namespace concord::ui {

DictionaryFilter::DictionaryFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void DictionaryFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool DictionaryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(DictionaryEntityModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace concord::ui
