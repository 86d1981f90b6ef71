#pragma once
#include <QWidget>

namespace concord::ui {

// One board of the shop TV (alarms now; kanban and heatmap later). The KioskWindow shows its pages
// in turn; a page only presents, it never asks for input (nobody stands at the TV with a mouse).
class KioskPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable id: the name in the configuration's "pages =" line and in screenshot file names.
    virtual QString pageId() const = 0;
    // Translated title for the header.
    virtual QString title() const = 0;
    // True while the page shows something urgent (a critical alarm): the window brings it up at once,
    // keeps it up instead of rotating away, and marks the header.
    virtual bool wantsToStay() const { return false; }
    // The page has its first data (screenshots wait for this).
    virtual bool isLoaded() const { return true; }

Q_SIGNALS:
    void wantsToStayChanged(bool wantsToStay);
    void loadedChanged();
};

} // namespace concord::ui
