#include "masterdata/refcombo.h"

#include "core/rpcclient.h"

#include <QCompleter>
#include <QJsonArray>
#include <QLineEdit>

namespace concord::ui {

RefCombo::RefCombo(RpcClient *client, const QString &listMethod, QWidget *parent)
    : QComboBox(parent), m_client(client)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    if (!client || listMethod.isEmpty()) {
        m_loaded = true;
        return;
    }
    client->call(listMethod, {{QStringLiteral("limit"), 5000}}, this, [this](const QJsonObject &r, const RpcError &e) {
        m_loaded = true;
        if (e.isNull()) {
            const QString typed = code(); // keep what is there (a record shown before the list came)
            blockSignals(true);
            clear();
            for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray()) {
                const QJsonObject rec = v.toObject();
                const QString c = rec.value(QStringLiteral("code")).toString();
                addItem(c, c);
                setItemData(count() - 1, rec.value(QStringLiteral("name")).toString(), Qt::ToolTipRole);
            }
            setCode(typed);
            blockSignals(false);
        }
        Q_EMIT loaded();
    });
}

QString RefCombo::code() const
{
    return currentText().trimmed();
}

void RefCombo::setCode(const QString &code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
    else
        setCurrentIndex(-1);
    setEditText(code);
}

} // namespace concord::ui
