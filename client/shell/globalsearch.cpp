#include "shell/globalsearch.h"

#include <QAction>
#include <QMenu>
#include <memory>

namespace concord::ui {

GlobalSearch::GlobalSearch(ProviderList providers, QWidget *parent)
    : QLineEdit(parent), m_providers(std::move(providers))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search ID or scan barcode…"));
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    setMaximumWidth(420);
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("searchResults"));
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
}

void GlobalSearch::search(const QString &raw)
{
    // Scanners may send control characters (GS1 group separators) and stray whitespace.
    QString text = raw;
    text.remove(QChar(0x1d));
    text = text.trimmed();
    if (text.isEmpty())
        return;
    const int generation = ++m_generation;
    const QList<SearchProvider *> providers = m_providers ? m_providers() : QList<SearchProvider *>();
    if (providers.isEmpty())
        return showHits(text, {});
    Q_EMIT message(QString());
    struct Pending
    {
        int waiting = 0;
        QList<SearchHit> hits;
    };
    auto pending = std::make_shared<Pending>();
    pending->waiting = int(providers.size());
    QPointer<GlobalSearch> self(this);
    for (SearchProvider *provider : providers) {
        provider->search(text, [self, pending, generation, text](const QList<SearchHit> &hits) {
            pending->hits += hits;
            if (--pending->waiting > 0 || !self || generation != self->m_generation)
                return;
            self->showHits(text, pending->hits);
        });
    }
}

void GlobalSearch::showHits(const QString &text, const QList<SearchHit> &hits)
{
    Q_EMIT finished(int(hits.size()));
    if (hits.isEmpty()) {
        Q_EMIT message(tr("Nothing found for “%1”.").arg(text));
        return;
    }
    if (hits.size() == 1) {
        Q_EMIT message(hits.first().text);
        hits.first().open();
        return;
    }
    Q_EMIT message(tr("%n result(s) for “%1”.", nullptr, int(hits.size())).arg(text));
    m_menu->clear();
    for (const SearchHit &hit : hits) {
        QAction *action = m_menu->addAction(hit.text);
        connect(action, &QAction::triggered, this, hit.open);
    }
    m_menu->popup(mapToGlobal(QPoint(0, height())));
}

} // namespace concord::ui
