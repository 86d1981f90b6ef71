#pragma once
#include "shell/module.h"

#include <QLineEdit>
#include <QPointer>

class QMenu;

namespace concord::ui {

// The search box in the main window's tool bar: IDs typed by hand or scanned as barcodes (a scanner
// types the code and presses Enter). Every module page that implements SearchProvider is asked;
// one hit opens at once (the scanner case), several are offered in a list, none says so.
class GlobalSearch : public QLineEdit
{
    Q_OBJECT
public:
    using ProviderList = std::function<QList<SearchProvider *>()>;
    GlobalSearch(ProviderList providers, QWidget *parent = nullptr);

    void search(const QString &text);
    QMenu *resultMenu() const { return m_menu; }

Q_SIGNALS:
    // For the status bar: "Nothing found for …" or the number of hits; empty while searching.
    void message(const QString &text);
    void finished(int hits);

private:
    void showHits(const QString &text, const QList<SearchHit> &hits);

    ProviderList m_providers;
    QMenu *m_menu = nullptr;
    int m_generation = 0; // a newer search makes the answers to an older one irrelevant
};

} // namespace concord::ui
