#pragma once
#include <QJsonObject>
#include <QTreeWidget>

namespace concord::ui {

// The impact assessment the server froze into a change order at submission, readably: per item the
// version it replaces, the BOMs that use the material, the routings that make it and the open
// orders that pinned a version — each group with its count, "none" when empty.
class ImpactView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ImpactView(QWidget *parent = nullptr);
    // `impact` as eco.get has it ({computedAt, items: […]}) or null before submission.
    void setImpact(const QJsonObject &impact);
    // One line per item as shown at the top level (tests, the signature summary).
    QStringList itemTexts() const;
    // "2 dependent BOMs, 1 routing, no open orders" over all items (translated).
    static QString summary(const QJsonObject &impact);

private:
    QTreeWidgetItem *addGroup(QTreeWidgetItem *parent, const QString &title, const QStringList &entries);
};

} // namespace concord::ui
